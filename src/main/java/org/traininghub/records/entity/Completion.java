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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.traininghub.platform.validation.InvalidInputException;

/**
 * One entry of a coach's record against a requirement: enrolled, in progress or completed on a
 * date. Append-only: the coach never changes an entry, a correction is a new entry that {@link
 * #getSupersedesId() supersedes} it. A hub admin verifies or rejects it.
 */
@Entity
@Table(name = "record_completion")
@NamedQuery(
    name = Completion.OF_COACH,
    query = "SELECT c FROM Completion c WHERE c.coachId = :coach ORDER BY c.completedOn, c.id")
@NamedQuery(
    name = Completion.VERIFY,
    query =
        "UPDATE Completion c SET c.verifiedAt = :at, c.verifiedBy = :by"
            + " WHERE c.id = :id AND c.verifiedAt IS NULL AND c.rejectedAt IS NULL")
@NamedQuery(
    name = Completion.REJECT,
    query =
        "UPDATE Completion c SET c.rejectedAt = :at, c.rejectedBy = :by, c.rejectionReason = :reason"
            + " WHERE c.id = :id AND c.verifiedAt IS NULL AND c.rejectedAt IS NULL")
@NamedQuery(
    name = Completion.CORRECTIONS_OF,
    query = "SELECT COUNT(c) FROM Completion c WHERE c.supersedesId = :id")
@NamedQuery(
    name = Completion.FACTS_OF_COACHES,
    query =
        "SELECT c.coachId, c.id, c.requirementId, c.stage, c.completedOn, c.validUntil,"
            + " c.supersedesId, c.verifiedAt, c.rejectedAt FROM Completion c"
            + " WHERE c.coachId IN :coaches ORDER BY c.coachId, c.completedOn, c.id")
@NamedQuery(
    name = Completion.OF_BOOKING,
    query = "SELECT c FROM Completion c WHERE c.bookingId = :booking ORDER BY c.id")
@NamedQuery(
    name = Completion.WITHDRAW_ATTENDANCE,
    query =
        "UPDATE Completion c SET c.rejectedAt = :at, c.rejectedBy = :by, c.rejectionReason = :reason"
            + " WHERE c.bookingId = :booking AND c.rejectedAt IS NULL")
@NamedQuery(
    name = Completion.RESTORE_ATTENDANCE,
    query =
        "UPDATE Completion c SET c.rejectedAt = NULL, c.rejectedBy = NULL,"
            + " c.rejectionReason = NULL WHERE c.bookingId = :booking AND c.rejectedAt IS NOT NULL")
public class Completion {

  /** The entries made from booking {@code :booking}'s attendance (one per requirement). */
  public static final String OF_BOOKING = "Completion.ofBooking";

  /**
   * Sets aside the entries of booking {@code :booking} when the register is corrected to "did not
   * attend". Such entries are verified, so no reviewer rejects them: a rejection of one is always
   * this.
   */
  public static final String WITHDRAW_ATTENDANCE = "Completion.withdrawAttendance";

  /** Counts booking {@code :booking}'s entries again when the register says attended again. */
  public static final String RESTORE_ATTENDANCE = "Completion.restoreAttendance";

  /** What the rules read of the entries of several coaches, as columns (the compliance report). */
  public static final String FACTS_OF_COACHES = "Completion.factsOfCoaches";

  public static final String OF_COACH = "Completion.ofCoach";

  /**
   * Verifies entry {@code :id} unless it has been decided already: a conditional update, so that
   * two reviewers deciding at once make one decision (the second updates no row).
   */
  public static final String VERIFY = "Completion.verify";

  /** Rejects entry {@code :id} with {@code :reason}, unless it has been decided already. */
  public static final String REJECT = "Completion.reject";

  /** How many entries correct entry {@code :id} (0 or 1). */
  public static final String CORRECTIONS_OF = "Completion.correctionsOf";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "coach_id", nullable = false)
  private Long coachId;

  @Column(name = "requirement_id", nullable = false)
  private Long requirementId;

  @Column(name = "catalogue_item_id")
  private Long itemId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Stage stage;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  private BigDecimal hours;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "supersedes_id")
  private Long supersedesId;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by")
  private Long recordedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "verified_by")
  private Long verifiedBy;

  @Column(name = "rejected_at")
  private Instant rejectedAt;

  @Column(name = "rejected_by")
  private Long rejectedBy;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "booking_id", updatable = false)
  private Long bookingId;

  protected Completion() {
    // for JPA
  }

  /** What a coach enters; checked by {@link RecordRules#completion}. */
  public record Entry(
      long requirementId,
      Long itemId,
      Stage stage,
      LocalDate on,
      BigDecimal hours,
      LocalDate validUntil,
      Long supersedesId) {}

  /**
   * A new entry, refused (nothing made) when it breaks {@link RecordRules#completion} on {@code
   * today}.
   */
  public Completion(
      long coachId, Entry entry, long recordedBy, Instant recordedAt, LocalDate today) {
    InvalidInputException.throwIfAny(
        RecordRules.completion(
            entry.stage(), entry.on(), entry.hours(), entry.validUntil(), today));
    this.coachId = coachId;
    this.requirementId = entry.requirementId();
    this.itemId = entry.itemId();
    this.stage = entry.stage();
    this.completedOn = entry.on();
    this.hours = entry.hours();
    this.validUntil = entry.validUntil();
    this.supersedesId = entry.supersedesId();
    this.recordedBy = recordedBy;
    this.recordedAt = Objects.requireNonNull(recordedAt);
  }

  /**
   * A completion the hub recorded itself, verified at once: the coach attended booking {@code
   * bookingId} of an event delivering the item (or null for an entry the hub imported).
   */
  public static Completion recordedByHub(
      long coachId, Entry entry, Long bookingId, long adminId, Instant at, LocalDate today) {
    Completion completion = new Completion(coachId, entry, adminId, at, today);
    completion.bookingId = bookingId;
    completion.verify(adminId, at);
    return completion;
  }

  /** A hub admin confirms the entry against its evidence. */
  public void verify(Long adminId, Instant at) {
    verifiedAt = at;
    verifiedBy = adminId;
    rejectedAt = null;
    rejectionReason = null;
  }

  public Long getId() {
    return id;
  }

  public Long getCoachId() {
    return coachId;
  }

  public Long getRequirementId() {
    return requirementId;
  }

  public Long getItemId() {
    return itemId;
  }

  public Stage getStage() {
    return stage;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public Long getSupersedesId() {
    return supersedesId;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public boolean isVerified() {
    return verifiedAt != null;
  }

  public boolean isRejected() {
    return rejectedAt != null;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public Instant getRejectedAt() {
    return rejectedAt;
  }

  /** The booking whose attendance made this entry, or null. */
  public Long getBookingId() {
    return bookingId;
  }
}
