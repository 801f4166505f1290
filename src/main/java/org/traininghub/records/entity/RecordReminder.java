package org.traininghub.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder email about a coach's record, claimed: one row per coach, requirement, kind and
 * period, unique in the database, written in the transaction that queues the mail. The job inserts
 * it with {@link #CLAIM} ({@code INSERT IGNORE}): no row inserted means another run (on this
 * instance or another) sent it.
 */
@Entity
@Table(name = "record_reminder")
@NamedQuery(
    name = RecordReminder.OF_COACHES,
    query =
        "SELECT r.coachId, r.requirementId, r.kind, r.periodOn FROM RecordReminder r"
            + " WHERE r.coachId IN :coaches")
public class RecordReminder {

  /** The claims of several coaches: coach, requirement, kind and period of each. */
  public static final String OF_COACHES = "RecordReminder.ofCoaches";

  /**
   * The claim of one reminder, native: 1 row inserted if this transaction claimed it, 0 if another
   * had (parameters: coach, requirement, kind, period, now). MariaDB and MySQL both know it.
   */
  public static final String CLAIM =
      "INSERT IGNORE INTO record_reminder (coach_id, requirement_id, kind, period_on, sent_at)"
          + " VALUES (?1, ?2, ?3, ?4, ?5)";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "coach_id", nullable = false)
  private Long coachId;

  @Column(name = "requirement_id", nullable = false)
  private Long requirementId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReminderKind kind;

  @Column(name = "period_on", nullable = false)
  private LocalDate periodOn;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected RecordReminder() {
    // for JPA; rows are written by CLAIM
  }

  public ReminderKind getKind() {
    return kind;
  }

  public LocalDate getPeriodOn() {
    return periodOn;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
