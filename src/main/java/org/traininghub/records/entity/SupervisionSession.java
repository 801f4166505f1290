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
import org.traininghub.platform.validation.InvalidInputException;

/** One coaching supervision or mentoring session in a coach's log (domain.md A3). */
@Entity
@Table(name = "supervision_session")
@NamedQuery(
    name = SupervisionSession.OF_COACH,
    query =
        "SELECT s FROM SupervisionSession s WHERE s.coachId = :coach"
            + " ORDER BY s.heldOn DESC, s.id DESC")
@NamedQuery(
    name = SupervisionSession.FACTS_OF_COACHES,
    query =
        "SELECT s.coachId, s.heldOn, s.kind FROM SupervisionSession s"
            + " WHERE s.coachId IN :coaches")
public class SupervisionSession {

  /** The date and kind of every session of several coaches (the compliance report). */
  public static final String FACTS_OF_COACHES = "SupervisionSession.factsOfCoaches";

  public static final String OF_COACH = "SupervisionSession.ofCoach";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "coach_id", nullable = false)
  private Long coachId;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SupervisionKind kind;

  @Column(nullable = false)
  private String supervisor;

  @Column(nullable = false)
  private int minutes;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected SupervisionSession() {
    // for JPA
  }

  /** What a coach enters; checked by {@link RecordRules#supervision}. */
  public record Entry(LocalDate on, SupervisionKind kind, String supervisor, Integer minutes) {}

  public SupervisionSession(long coachId, Entry entry, Instant recordedAt, LocalDate today) {
    InvalidInputException.throwIfAny(
        RecordRules.supervision(
            entry.on(), entry.kind(), entry.supervisor(), entry.minutes(), today));
    this.coachId = coachId;
    this.heldOn = entry.on();
    this.kind = entry.kind();
    this.supervisor = entry.supervisor().strip();
    this.minutes = entry.minutes();
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public SupervisionKind getKind() {
    return kind;
  }

  public String getSupervisor() {
    return supervisor;
  }

  public int getMinutes() {
    return minutes;
  }
}
