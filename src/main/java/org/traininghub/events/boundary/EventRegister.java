package org.traininghub.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.traininghub.events.control.LondonTime;
import org.traininghub.events.entity.Attendance;
import org.traininghub.events.entity.AttendanceRecorded;
import org.traininghub.events.entity.Booking;
import org.traininghub.events.entity.BookingStatus;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventCompletion;
import org.traininghub.events.entity.EventStatus;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;
import org.traininghub.records.boundary.HubCompletions;

/**
 * An event's people for hub admins: the booking list (paged in the database), its CSV export, and
 * the attendance register. Marking someone attended on an event that delivers a catalogue item
 * records a completion in the {@code event_completion} outbox, hands it to the training record
 * ({@link HubCompletions#attended}) and marks the row consumed, and fires {@link
 * AttendanceRecorded}, all in the same transaction: the coach's record shows it at once, or nothing
 * is marked.
 */
@Stateless
@Allowed(Role.HUB_ADMIN)
public class EventRegister {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject CurrentAccount caller;

  @Inject jakarta.enterprise.event.Event<AttendanceRecorded> recorded;

  @Inject HubCompletions training;

  private static ListQuery bookingsOf(long eventId) {
    return new ListQuery("booking b")
        .where("b.event_id = ?", eventId)
        // seats first, then the queue in its order, then places given up
        .orderBy("CASE b.status WHEN 'BOOKED' THEN 0 WHEN 'WAITING' THEN 1 ELSE 2 END, b.id");
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long countBookings(long eventId) {
    return bookingsOf(eventId).count(em);
  }

  /** One page of the event's bookings, each with its person and PCN (two statements). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Booking> bookings(long eventId, PageRequest page) {
    return ListQuery.inOrder(bookingsOf(eventId).ids(em, page), this::withIds, Booking::getId);
  }

  /** Every booking of the event, in the list's order, for the CSV export. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Booking> allBookings(long eventId) {
    ListQuery list = bookingsOf(eventId);
    long total = list.count(em);
    PageRequest all = new PageRequest(1, (int) Math.max(1, Math.min(total, Integer.MAX_VALUE)));
    return ListQuery.inOrder(list.ids(em, all), this::withIds, Booking::getId);
  }

  /** The people with a seat, by name: the register. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Booking> seated(long eventId) {
    return em.createQuery(
            "SELECT b FROM Booking b JOIN FETCH b.account a LEFT JOIN FETCH a.pcn"
                + " WHERE b.event.id = :eventId"
                + " AND b.status = org.traininghub.events.entity.BookingStatus.BOOKED"
                + " ORDER BY a.displayName, b.id",
            Booking.class)
        .setParameter("eventId", eventId)
        .getResultList();
  }

  private List<Booking> withIds(List<Long> ids) {
    return em.createNamedQuery(Booking.WITH_IDS, Booking.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /**
   * Marks a person with a seat as attended or not, from the day of the event on; marking again
   * corrects the mark. Attended on an event delivering an item: a completion is recorded (once per
   * booking) and consumed by the training record at once; corrected to "did not attend": the
   * record's entries from it stop counting (and count again if marked attended again).
   */
  public Booking mark(long bookingId, Attendance mark) {
    Booking booking = em.find(Booking.class, bookingId);
    if (booking == null || booking.getStatus() != BookingStatus.BOOKED) {
      throw new InvalidInputException(
          List.of(new Problem("register", "This person no longer has a seat on this event")));
    }
    Event event = booking.getEvent();
    LocalDate day = LondonTime.date(event.getStartsAt());
    if (event.getStatus() == EventStatus.CANCELLED) {
      throw new InvalidInputException(
          List.of(new Problem("register", "This event was cancelled: nobody attended it")));
    }
    if (LocalDate.now(clock.withZone(LondonTime.ZONE)).isBefore(day)) {
      throw new InvalidInputException(
          List.of(
              new Problem(
                  "register", "Attendance can be marked from the day of the event, not before")));
    }
    booking.mark(mark, caller.id(), clock.instant());
    if (event.getCatalogueItemId() != null) {
      AttendanceRecorded notice =
          new AttendanceRecorded(
              booking.getId(),
              event.getId(),
              booking.getAccount().getId(),
              event.getCatalogueItemId(),
              day,
              mark == Attendance.ATTENDED);
      complete(notice);
      recorded.fire(notice);
    }
    audit.record(
        "attendance marked",
        mark.label() + ": account " + booking.getAccount().getId() + " at " + subject(event));
    return booking;
  }

  private void complete(AttendanceRecorded notice) {
    List<EventCompletion> existing =
        em.createNamedQuery(EventCompletion.OF_BOOKING, EventCompletion.class)
            .setParameter("bookingId", notice.bookingId())
            .getResultList();
    if (notice.attended()) {
      EventCompletion row = existing.isEmpty() ? null : existing.get(0);
      if (row == null) {
        row = new EventCompletion(notice, clock.instant());
        em.persist(row);
      }
      training.attended(
          notice.bookingId(), notice.accountId(), notice.catalogueItemId(), notice.completedOn());
      if (!row.isConsumed()) {
        row.consumed(clock.instant());
      }
    } else {
      existing.stream().filter(c -> !c.isConsumed()).forEach(em::remove);
      training.notAttended(notice.bookingId());
    }
  }

  private static String subject(Event event) {
    return EventPlanning.subject(event);
  }
}
