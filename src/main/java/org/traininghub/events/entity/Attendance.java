package org.traininghub.events.entity;

/** What the register says of a person booked on an event that has taken place. */
public enum Attendance {
  ATTENDED("Attended"),
  NO_SHOW("Did not attend");

  private final String label;

  Attendance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
