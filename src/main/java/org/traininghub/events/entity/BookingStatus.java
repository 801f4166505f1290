package org.traininghub.events.entity;

/** A person's place on an event. */
public enum BookingStatus {
  /** Has a seat. */
  BOOKED("Booked"),
  /** In the queue for a seat, in arrival order. */
  WAITING("On the waiting list"),
  /** Gave up the seat or the place in the queue, or the event was cancelled. */
  CANCELLED("Cancelled");

  private final String label;

  BookingStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether it holds a seat or a place in the queue. */
  public boolean isActive() {
    return this != CANCELLED;
  }
}
