package org.traininghub.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A completion of a catalogue item by a person who attended an event delivering it: a row of the
 * outbox the training-record component consumes (it reads the rows whose {@code consumedAt} is
 * null, records them, and sets it), so that events never depends on that component. One per
 * booking.
 */
@Entity
@Table(name = "event_completion")
@NamedQuery(
    name = EventCompletion.OF_BOOKING,
    query = "SELECT c FROM EventCompletion c WHERE c.bookingId = :bookingId")
@NamedQuery(
    name = EventCompletion.PENDING,
    query = "SELECT c FROM EventCompletion c WHERE c.consumedAt IS NULL ORDER BY c.id")
public class EventCompletion {

  public static final String OF_BOOKING = "EventCompletion.ofBooking";

  /** The rows not yet consumed, oldest first. */
  public static final String PENDING = "EventCompletion.pending";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "booking_id", nullable = false, updatable = false)
  private long bookingId;

  @Column(name = "event_id", nullable = false, updatable = false)
  private long eventId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "catalogue_item_id", nullable = false, updatable = false)
  private long catalogueItemId;

  @Column(name = "completed_on", nullable = false, updatable = false)
  private LocalDate completedOn;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "consumed_at")
  private Instant consumedAt;

  protected EventCompletion() {
    // for JPA
  }

  public EventCompletion(AttendanceRecorded attended, Instant now) {
    if (!attended.attended()) {
      throw new IllegalArgumentException("only attendance completes an item");
    }
    this.bookingId = attended.bookingId();
    this.eventId = attended.eventId();
    this.accountId = attended.accountId();
    this.catalogueItemId = attended.catalogueItemId();
    this.completedOn = Objects.requireNonNull(attended.completedOn(), "completedOn");
    this.recordedAt = Objects.requireNonNull(now, "now");
  }

  /** Taken by the training record; a consumed row is never withdrawn. */
  public void consumed(Instant now) {
    this.consumedAt = now;
  }

  public boolean isConsumed() {
    return consumedAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getBookingId() {
    return bookingId;
  }

  public long getEventId() {
    return eventId;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getCatalogueItemId() {
    return catalogueItemId;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Instant getConsumedAt() {
    return consumedAt;
  }
}
