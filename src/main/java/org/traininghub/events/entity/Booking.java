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
@NamedQuery(
    name = Booking.FIRST_WAITING,
    query =
        "SELECT b FROM Booking b WHERE b.event.id = :eventId"
            + " AND b.status = org.traininghub.events.entity.BookingStatus.WAITING ORDER BY b.id")
@NamedQuery(
    name = Booking.PLACE_IN_QUEUE,
    query =
        "SELECT COUNT(b) FROM Booking b WHERE b.event.id = :eventId AND b.id <= :id"
            + " AND b.status = org.traininghub.events.entity.BookingStatus.WAITING")
@NamedQuery(
    name = Booking.ACTIVE_ON,
    query =
        "SELECT b FROM Booking b JOIN FETCH b.account WHERE b.event.id = :eventId"
            + " AND b.status <> org.traininghub.events.entity.BookingStatus.CANCELLED ORDER BY b.id")
@NamedQuery(
    name = Booking.OF_ACCOUNT,
    query =
        "SELECT b FROM Booking b JOIN FETCH b.event e WHERE b.account.id = :accountId"
            + " AND b.status <> org.traininghub.events.entity.BookingStatus.CANCELLED"
            + " AND e.endsAt > :after ORDER BY e.startsAt, e.id")
@NamedQuery(
    name = Booking.BY_RELEASE_TOKEN,
    query = "SELECT b FROM Booking b JOIN FETCH b.event WHERE b.releaseTokenHash = :hash")
@NamedQuery(
    name = Booking.REMINDERS_DUE,
    query =
        "SELECT b FROM Booking b JOIN FETCH b.event e JOIN FETCH b.account"
            + " WHERE b.status = org.traininghub.events.entity.BookingStatus.BOOKED"
            + " AND b.reminderSentAt IS NULL"
            + " AND e.status = org.traininghub.events.entity.EventStatus.PUBLISHED"
            + " AND e.startsAt > :now AND e.startsAt <= :until ORDER BY b.id")
@NamedQuery(
    name = Booking.SEATS_OF_ACCOUNT,
    query =
        "SELECT b FROM Booking b JOIN FETCH b.event e WHERE b.account.id = :accountId"
            + " AND b.status = org.traininghub.events.entity.BookingStatus.BOOKED"
            + " AND e.endsAt > :after ORDER BY e.startsAt, e.id")
@NamedQuery(
    name = Booking.UPCOMING_ITEMS,
    query =
        "SELECT b.account.id, e.catalogueItemId FROM Booking b JOIN b.event e"
            + " WHERE b.account.id IN :accounts"
            + " AND b.status = org.traininghub.events.entity.BookingStatus.BOOKED"
            + " AND e.status = org.traininghub.events.entity.EventStatus.PUBLISHED"
            + " AND e.catalogueItemId IS NOT NULL AND e.startsAt > :now")
public class Booking {

  /**
   * Each of {@code :accounts} with the catalogue item of every published event not started by
   * {@code :now} that they hold a seat on (the training record's "booked").
   */
  public static final String UPCOMING_ITEMS = "Booking.upcomingItems";

  /** Seats whose event starts within the reminder's lead time and whose reminder has not gone. */
  public static final String REMINDERS_DUE = "Booking.remindersDue";

  /** A person's seats on events that ended after {@code after} (their calendar feed). */
  public static final String SEATS_OF_ACCOUNT = "Booking.seatsOfAccount";

  /** An event's waiting list, first in the queue first (ids are taken under the event's lock). */
  public static final String FIRST_WAITING = "Booking.firstWaiting";

  /** A waiting booking's place in its queue, counted from 1. */
  public static final String PLACE_IN_QUEUE = "Booking.placeInQueue";

  /** Everyone booked or waiting on an event, with their accounts, in arrival order. */
  public static final String ACTIVE_ON = "Booking.activeOn";

  /** A person's seats and queue places on events not yet over, soonest first. */
  public static final String OF_ACCOUNT = "Booking.ofAccount";

  /** The booking whose give-up link has this hash. */
  public static final String BY_RELEASE_TOKEN = "Booking.byReleaseToken";

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

  @Column(name = "release_token_hash", length = 64)
  private String releaseTokenHash;

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

  /**
   * Gives a waiting person the seat that was freed, with the hash of the one-click link that gives
   * it up again (mailed to them).
   */
  public void seat(Instant now, String releaseTokenHash) {
    seat(now);
    this.releaseTokenHash = releaseTokenHash;
  }

  /**
   * Gives up the seat or the queue place; cancelling twice changes nothing. The give-up link's hash
   * stays, so the used link can still say which seat it gave up.
   */
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

  /** The hash of the one-click give-up link mailed when this booking was promoted, if any. */
  public String getReleaseTokenHash() {
    return releaseTokenHash;
  }

  public Instant getReminderSentAt() {
    return reminderSentAt;
  }
}
