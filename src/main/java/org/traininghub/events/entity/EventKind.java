package org.traininghub.events.entity;

/** What sort of hub event it is; the list and the calendar filter by it. */
public enum EventKind {
  INDUCTION("Induction"),
  WEBINAR("Webinar"),
  SHARE_AND_LEARN("Share and learn"),
  WORKSHOP("Workshop");

  private final String label;

  EventKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
