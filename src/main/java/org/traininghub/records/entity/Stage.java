package org.traininghub.records.entity;

/** How far a completion entry says the coach has got with the training. */
public enum Stage {
  ENROLLED("Enrolled"),
  IN_PROGRESS("In progress"),
  COMPLETED("Completed");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
