package org.traininghub.accounts.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a session keeps about the person signed in to it: their account id, their role, and when
 * they signed in. Small and serialisable, so that sessions can move between instances.
 */
public record SignedInSession(long accountId, String role, Instant since) implements Serializable {

  public SignedInSession {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(since, "since");
  }

  /**
   * Whether the session still counts, given when the account's sessions were last ended (null:
   * never). A session signed in at that very moment counts: it is the one that ended the others.
   */
  public boolean validAfter(Instant sessionsValidAfter) {
    return sessionsValidAfter == null || !since.isBefore(sessionsValidAfter);
  }

  /** The same session carrying on from {@code moment}, when it ended the account's others. */
  public SignedInSession renewedAt(Instant moment) {
    return new SignedInSession(accountId, role, moment);
  }

  /** The name the container knows the caller by: the account id. */
  public String principal() {
    return Long.toString(accountId);
  }
}
