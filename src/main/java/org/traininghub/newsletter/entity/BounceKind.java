package org.traininghub.newsletter.entity;

/** What came back from a mail to a subscriber. */
public enum BounceKind {
  /** Refused for good (5.x.x): the address is suppressed. */
  HARD,
  /** Delayed or refused for now (4.x.x): recorded only. */
  SOFT,
  /** The subscriber reported the mail as spam (ARF, feedback-type abuse): suppressed. */
  COMPLAINT;

  /** Whether the address gets no more newsletters. */
  public boolean suppresses() {
    return this != SOFT;
  }

  /** Why the address is suppressed, for a kind that {@link #suppresses}. */
  public SuppressionReason reason() {
    return this == COMPLAINT ? SuppressionReason.COMPLAINED : SuppressionReason.BOUNCED;
  }
}
