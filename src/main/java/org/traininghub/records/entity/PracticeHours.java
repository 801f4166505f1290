package org.traininghub.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.traininghub.platform.validation.InvalidInputException;

/** Hours of coaching practice on one day: what an accredited course's qualification documents. */
@Entity
@Table(name = "practice_hours")
@NamedQuery(
    name = PracticeHours.TOTAL_OF_COACH,
    query = "SELECT COALESCE(SUM(p.hours), 0) FROM PracticeHours p WHERE p.coachId = :coach")
@NamedQuery(
    name = PracticeHours.OF_COACH,
    query = "SELECT p FROM PracticeHours p WHERE p.coachId = :coach ORDER BY p.workedOn, p.id")
@NamedQuery(
    name = PracticeHours.TOTALS_OF_COACHES,
    query =
        "SELECT p.coachId, SUM(p.hours) FROM PracticeHours p WHERE p.coachId IN :coaches"
            + " GROUP BY p.coachId")
public class PracticeHours {

  /** Each coach's total practice hours, for those of several coaches who logged any. */
  public static final String TOTALS_OF_COACHES = "PracticeHours.totalsOfCoaches";

  /** A coach's entries, oldest first (the personal-data export). */
  public static final String OF_COACH = "PracticeHours.ofCoach";

  public static final String TOTAL_OF_COACH = "PracticeHours.totalOfCoach";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "coach_id", nullable = false)
  private Long coachId;

  @Column(name = "worked_on", nullable = false)
  private LocalDate workedOn;

  @Column(nullable = false)
  private BigDecimal hours;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected PracticeHours() {
    // for JPA
  }

  public PracticeHours(
      long coachId, LocalDate workedOn, BigDecimal hours, Instant recordedAt, LocalDate today) {
    InvalidInputException.throwIfAny(RecordRules.practice(workedOn, hours, today));
    this.coachId = coachId;
    this.workedOn = workedOn;
    this.hours = hours;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getWorkedOn() {
    return workedOn;
  }

  public BigDecimal getHours() {
    return hours;
  }
}
