package org.traininghub.records.control;

/** Where a coach stands on one requirement today (issue 10). */
public enum Status {
  NOT_STARTED("Not started"),
  /** A place on a matching hub event is booked (filled in by events, once they exist). */
  BOOKED("Booked"),
  ENROLLED("Enrolled"),
  IN_PROGRESS("In progress"),
  /** Self-reported as done, waiting for a hub admin to verify it. */
  COMPLETED("Completed, awaiting verification"),
  VERIFIED("Verified"),
  /** Met without verification: signed, named, or up to date. */
  MET("Done"),
  OVERDUE("Overdue"),
  EXPIRED("Expired");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the requirement counts as done on the checklist. */
  public boolean done() {
    return this == VERIFIED || this == MET;
  }

  /** The part of a CSS class or test hook that names it: {@code not-started}. */
  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
