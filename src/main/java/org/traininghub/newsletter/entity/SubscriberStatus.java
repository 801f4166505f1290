package org.traininghub.newsletter.entity;

/** Where a subscription stands. */
public enum SubscriberStatus {
  /** Asked for, not yet confirmed by the emailed link: nothing but that link is sent. */
  PENDING,
  CONFIRMED,
  UNSUBSCRIBED
}
