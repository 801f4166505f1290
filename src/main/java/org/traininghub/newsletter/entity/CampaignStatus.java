package org.traininghub.newsletter.entity;

/** Where a newsletter campaign stands. */
public enum CampaignStatus {
  /** Being composed: may be changed, previewed and test-sent. */
  DRAFT("Draft"),
  /** To be sent at its time (UTC stored, London time shown). */
  SCHEDULED("Scheduled"),
  /** Its audience is queued, or being queued, in the outbox, and is being sent. */
  SENDING("Sending"),
  /** On hold: nothing more is sent until it is resumed. */
  PAUSED("Paused"),
  /** Every recipient's mail has been sent or has failed for good. */
  SENT("Sent"),
  /** Stopped for good; what was sent stays as history. */
  CANCELLED("Cancelled");

  private final String label;

  CampaignStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  /** Whether it was sent to anyone, or is being: it then has a web version in the archive. */
  public boolean isPublished() {
    return this == SENDING || this == PAUSED || this == SENT;
  }
}
