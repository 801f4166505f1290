package org.traininghub.events.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.traininghub.events.entity.Booking;
import org.traininghub.events.entity.BookingStatus;
import org.traininghub.events.entity.Event;

/**
 * Tells everyone booked and waiting when an admin changes or cancels an event ({@link
 * EventChanged}, fired inside the admin's transaction): an update sends each person with a seat the
 * invitation again with the same UID and the event's higher SEQUENCE; a cancellation ends every
 * seat and queue place and sends METHOD:CANCEL to those who had a seat. Mail goes through the
 * outbox in the same transaction.
 */
@Dependent
public class BookingNotices {

  @PersistenceContext EntityManager em;

  @Inject SeatAllocation seats;

  @Inject BookingMail mail;

  @Inject Clock clock;

  void on(@Observes EventChanged change) {
    // The admin's change is written first: locking re-reads the row, which must be the new one.
    em.flush();
    Event event = em.find(Event.class, change.eventId(), LockModeType.PESSIMISTIC_WRITE);
    if (event == null) {
      return;
    }
    Instant now = clock.instant();
    for (Booking booking : seats.activeOn(event.getId())) {
      if (change.change() == EventChanged.Change.UPDATED) {
        mail.updated(booking);
      } else {
        BookingStatus before = booking.getStatus();
        booking.cancel(now);
        if (before == BookingStatus.BOOKED) {
          event.seatFreed();
        } else {
          event.queueLeft();
        }
        mail.eventCancelled(booking, before);
      }
    }
  }
}
