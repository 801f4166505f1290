package org.traininghub.events.entity;

/**
 * Where an event stands: a draft is seen only by hub admins; a published event is listed and can be
 * booked until its deadline; a cancelled one stays on record (and in feeds, as cancelled).
 */
public enum EventStatus {
  DRAFT("Draft"),
  PUBLISHED("Published"),
  CANCELLED("Cancelled");

  private final String label;

  EventStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
