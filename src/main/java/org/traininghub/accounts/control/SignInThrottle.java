package org.traininghub.accounts.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When a sign-in must wait, from the failures of the last 15 minutes. A guesser at one place is
 * stopped: {@code perAccount} failures for an address from one client address, or {@code perClient}
 * from one client address for any. Failures for an address from elsewhere only slow it down, to one
 * try per {@code pause}, so that nobody can lock someone else out (an admin included) by guessing
 * wrong on purpose: the owner signs in with the right password after the pause.
 */
public record SignInThrottle(int perAccount, int perClient, Duration pause) {

  /** The recent failures that concern one sign-in. */
  public record Failures(
      long forAccountFromClient, long fromClient, long forAccount, Instant lastForAccount) {}

  /** Whether a sign-in with these recent failures must wait rather than be checked. */
  public boolean refuses(Failures recent, Instant now) {
    if (recent.forAccountFromClient() >= perAccount || recent.fromClient() >= perClient) {
      return true;
    }
    return recent.forAccount() >= perAccount
        && recent.lastForAccount() != null
        && now.isBefore(recent.lastForAccount().plus(pause));
  }
}
