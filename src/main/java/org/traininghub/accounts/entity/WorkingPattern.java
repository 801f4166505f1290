package org.traininghub.accounts.entity;

/**
 * Whether a coach works full or part time, which sets how often they must have supervision
 * (domain.md A3): monthly full time, a longer interval of their own part time.
 */
public enum WorkingPattern {
  FULL_TIME("Full time"),
  PART_TIME("Part time");

  /** Full time means supervision every month, taken as four weeks. */
  public static final int FULL_TIME_INTERVAL_WEEKS = 4;

  public static final int PART_TIME_MIN_WEEKS = 5;
  public static final int PART_TIME_MAX_WEEKS = 13;

  private final String label;

  WorkingPattern(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
