package org.traininghub.newsletter.entity;

/** Where a subscription stands. */
public enum SubscriberStatus {
  /** Asked for, not yet confirmed by the emailed link: nothing but that link is sent. */
  PENDING("Pending"),
  CONFIRMED("Confirmed"),
  UNSUBSCRIBED("Unsubscribed");

  private final String label;

  SubscriberStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
