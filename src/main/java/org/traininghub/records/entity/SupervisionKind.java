package org.traininghub.records.entity;

/**
 * The kind of a supervision session (domain.md A3). Individual and group sessions are the formal
 * coaching supervision whose interval the pathway checks; mentoring is logged beside them.
 */
public enum SupervisionKind {
  INDIVIDUAL("Individual supervision", true),
  GROUP("Group supervision", true),
  MENTORING("Mentoring", false);

  private final String label;
  private final boolean formal;

  SupervisionKind(String label, boolean formal) {
    this.label = label;
    this.formal = formal;
  }

  public String label() {
    return label;
  }

  /** Whether the session counts as formal coaching supervision for the interval. */
  public boolean formal() {
    return formal;
  }
}
