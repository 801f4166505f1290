package org.traininghub.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A coach's compliance summary, kept for the compliance report's filters (table {@code
 * record_compliance}, V36): the days from which the coach is overdue and a condition of
 * reimbursement is not met, as the rules worked them out for the record at {@code
 * summarisedRevision}. Written only by the native statements here: {@link #TOUCH} by whatever
 * changes a record, {@link #SUMMARISE} by the report.
 */
@Entity
@Table(name = "record_compliance")
public class CoachCompliance {

  /**
   * The coach's record changed (parameter: coach id): one more revision, in the transaction that
   * changed it, so that a summary worked out meanwhile from the record before is not taken.
   */
  public static final String TOUCH =
      "INSERT INTO record_compliance (coach_id, revision) VALUES (?1, 1)"
          + " ON DUPLICATE KEY UPDATE revision = revision + 1";

  /** A pathway changed: every coach's record reads differently (no parameters). */
  public static final String TOUCH_ALL =
      "INSERT INTO record_compliance (coach_id, revision) SELECT a.id, 1 FROM account a"
          + " WHERE a.role = 'COACH'"
          + " ON DUPLICATE KEY UPDATE revision = record_compliance.revision + 1";

  /**
   * The condition on an {@code account a} row that its summary is up to date on a day (the one
   * parameter): summarised at its revision, from the profile as it is, and not due a recheck.
   */
  public static final String UP_TO_DATE =
      "EXISTS (SELECT 1 FROM record_compliance c LEFT JOIN coach_profile p"
          + " ON p.account_id = c.coach_id WHERE c.coach_id = a.id"
          + " AND c.summarised_revision = c.revision AND c.profile_updated_at <=> p.updated_at"
          + " AND (c.recheck_on IS NULL OR c.recheck_on > ?))";

  /** The condition on an {@code account a} row that the coach is overdue on a day. */
  public static final String OVERDUE =
      "EXISTS (SELECT 1 FROM record_compliance c WHERE c.coach_id = a.id AND c.overdue_from <= ?)";

  /** The condition on an {@code account a} row that a condition is not met on a day. */
  public static final String UNMET =
      "EXISTS (SELECT 1 FROM record_compliance c WHERE c.coach_id = a.id AND c.unmet_from <= ?)";

  /**
   * Of the coaches whose ids follow (an {@code IN} list, the caller's): id, the summary's revision
   * (or null), the profile's last change (or null).
   */
  public static final String REVISIONS =
      "SELECT a.id, c.revision, p.updated_at FROM account a"
          + " LEFT JOIN record_compliance c ON c.coach_id = a.id"
          + " LEFT JOIN coach_profile p ON p.account_id = a.id WHERE a.id IN ";

  /**
   * The start of the statement writing summaries: {@link #SUMMARISE_ROW} once per coach, comma
   * separated, then {@link #SUMMARISE_END}. A row is taken only if the coach's revision is still
   * the one it was worked out for (a change committed meanwhile leaves it to be worked out again).
   */
  public static final String SUMMARISE =
      "INSERT INTO record_compliance (coach_id, revision, summarised_revision, profile_updated_at,"
          + " overdue_from, unmet_from, recheck_on) VALUES ";

  /** One coach's values: id, revision (twice), profile time, the three days. */
  public static final String SUMMARISE_ROW = "(?, ?, ?, ?, ?, ?, ?)";

  public static final String SUMMARISE_END =
      " ON DUPLICATE KEY UPDATE"
          + " overdue_from = IF(revision = VALUES(revision), VALUES(overdue_from), overdue_from),"
          + " unmet_from = IF(revision = VALUES(revision), VALUES(unmet_from), unmet_from),"
          + " recheck_on = IF(revision = VALUES(revision), VALUES(recheck_on), recheck_on),"
          + " profile_updated_at = IF(revision = VALUES(revision), VALUES(profile_updated_at),"
          + " profile_updated_at),"
          + " summarised_revision = IF(revision = VALUES(revision), VALUES(summarised_revision),"
          + " summarised_revision)";

  @Id
  @Column(name = "coach_id")
  private Long coachId;

  @Column(nullable = false)
  private int revision;

  @Column(name = "overdue_from")
  private LocalDate overdueFrom;

  @Column(name = "unmet_from")
  private LocalDate unmetFrom;

  protected CoachCompliance() {
    // for JPA; rows are written by the native statements
  }

  public int getRevision() {
    return revision;
  }

  public LocalDate getOverdueFrom() {
    return overdueFrom;
  }

  public LocalDate getUnmetFrom() {
    return unmetFrom;
  }
}
