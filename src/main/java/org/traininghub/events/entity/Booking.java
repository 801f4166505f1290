package org.traininghub.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.traininghub.accounts.entity.Account;

/**
 * A person's place on an event: a seat, a place in the waiting list, or one given up. Rows are
 * never deleted (a cancelled booking stays as history); the database allows one active row per
 * person and event. Seats and queue places are taken and released only by the booking control,
 * under a lock on the event's row, which also keeps the event's counts.
 */
@Entity
@Table(name = "booking")
@NamedQuery(
    name = Booking.WITH_IDS,
    query =
        "SELECT b FROM Booking b JOIN FETCH b.event JOIN FETCH b.account a LEFT JOIN FETCH a.pcn"
            + " WHERE b.id IN :ids")
@NamedQuery(
    name = Booking.ACTIVE_OF,
    query =
        "SELECT b FROM Booking b WHERE b.event.id = :eventId AND b.account.id = :accountId"
            + " AND b.status <> org.traininghub.events.entity.BookingStatus.CANCELLED")
public class Booking {

  /** The bookings of a page of a list, with their event, person and PCN, by id. */
  public static final String WITH_IDS = "Booking.withIds";

  /** A person's active booking (seat or queue place) on an event, if any. */
  public static final String ACTIVE_OF = "Booking.activeOf";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", nullable = false, updatable = false)
  private Event event;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private BookingStatus status;

  @Column(name = "booked_by_account_id", updatable = false)
  private Long bookedByAccountId;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "seated_at")
  private Instant seatedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Attendance attendance;

  @Column(name = "attendance_marked_at")
  private Instant attendanceMarkedAt;

  @Column(name = "attendance_marked_by")
  private Long attendanceMarkedBy;

  @Column(name = "reminder_sent_at")
  private Instant reminderSentAt;

  @Version private int version;

  protected Booking() {
    // for JPA
  }

  /**
   * A new seat ({@code seated}) or queue place, asked for at {@code now} by the person or, for
   * them, by {@code bookedByAccountId} (their PCN lead; null when they booked themselves).
   */
  public Booking(
      Event event, Account account, boolean seated, Long bookedByAccountId, Instant now) {
    this.event = Objects.requireNonNull(event, "event");
    this.account = Objects.requireNonNull(account, "account");
    this.bookedByAccountId = bookedByAccountId;
    this.requestedAt = Objects.requireNonNull(now, "now");
    this.status = seated ? BookingStatus.BOOKED : BookingStatus.WAITING;
    this.seatedAt = seated ? now : null;
  }

  /** Gives a waiting person the seat that was freed. */
  public void seat(Instant now) {
    if (status != BookingStatus.WAITING) {
      throw new IllegalStateException("only a waiting booking takes a freed seat: " + status);
    }
    status = BookingStatus.BOOKED;
    seatedAt = Objects.requireNonNull(now, "now");
  }

  /** Gives up the seat or the queue place; cancelling twice changes nothing. */
  public void cancel(Instant now) {
    if (status != BookingStatus.CANCELLED) {
      status = BookingStatus.CANCELLED;
      cancelledAt = Objects.requireNonNull(now, "now");
    }
  }

  /** Marks the register for a person with a seat; marking again corrects the mark. */
  public void mark(Attendance mark, long byAccountId, Instant now) {
    if (status != BookingStatus.BOOKED) {
      throw new IllegalStateException("only a person with a seat attends: " + status);
    }
    this.attendance = Objects.requireNonNull(mark, "mark");
    this.attendanceMarkedBy = byAccountId;
    this.attendanceMarkedAt = Objects.requireNonNull(now, "now");
  }

  /** Notes that the reminder went out (the reminder job claims it with a conditional update). */
  public void reminded(Instant now) {
    this.reminderSentAt = now;
  }

  public Long getId() {
    return id;
  }

  public Event getEvent() {
    return event;
  }

  public Account getAccount() {
    return account;
  }

  public BookingStatus getStatus() {
    return status;
  }

  public Long getBookedByAccountId() {
    return bookedByAccountId;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getSeatedAt() {
    return seatedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public Attendance getAttendance() {
    return attendance;
  }

  public Instant getAttendanceMarkedAt() {
    return attendanceMarkedAt;
  }

  public Long getAttendanceMarkedBy() {
    return attendanceMarkedBy;
  }

  public Instant getReminderSentAt() {
    return reminderSentAt;
  }
}
