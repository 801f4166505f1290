package org.traininghub.events.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.traininghub.accounts.entity.Account;
import org.traininghub.events.entity.Booking;
import org.traininghub.events.entity.BookingStatus;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventStatus;
import org.traininghub.platform.security.LinkTokens;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * Seats and waiting lists, atomically in the database: every change locks the event's row before it
 * reads or changes anything of the event ({@code SELECT ... FOR UPDATE}), so two requests for the
 * last seat are served one after the other, the counts on the event row stay true, and queue places
 * are numbered (by id) in the order the lock was granted. A freed seat goes to the first person
 * waiting in the same transaction, unless the booking deadline has passed or the event has started.
 * Runs in the caller's transaction.
 */
@Dependent
public class SeatAllocation {

  /** The field name of every refusal (the booking panel shows it next to its buttons). */
  public static final String FIELD = "booking";

  private static final String NO_SUCH_EVENT =
      "There is no such event: it may have been removed. Choose one from the list.";

  @PersistenceContext EntityManager em;

  @Inject BookingMail mail;

  @Inject Clock clock;

  /** A seat or queue place taken. */
  public record Taken(Booking booking, int placeInQueue) {

    public boolean seated() {
      return booking.getStatus() == BookingStatus.BOOKED;
    }
  }

  /**
   * Gives {@code person} a seat on the event, or a place at the end of its waiting list when it is
   * full.
   *
   * @param bookedBy the PCN lead booking for them, or null when they book themselves
   * @throws InvalidInputException saying why not (past, cancelled, unpublished, closed, not in the
   *     audience, already booked or waiting)
   */
  public Taken book(long eventId, Account person, Long bookedBy, Instant now) {
    return book(eventId, person, bookedBy, now, true);
  }

  /**
   * As {@link #book(long, Account, Long, Instant)} for the person themselves, without any mail: for
   * demo data, whose bookings are made on start-up for people who booked nothing.
   */
  public Taken bookWithoutMail(long eventId, Account person, Instant now) {
    return book(eventId, person, null, now, false);
  }

  private Taken book(long eventId, Account person, Long bookedBy, Instant now, boolean mailed) {
    // Every booking of the event waits while one holds its row's lock, so what needs no lock is
    // done before taking it: the person's PCN is read, and the invitation of a seat is rendered
    // from the event as read now (used only if the locked row reads the same).
    Event event = find(eventId);
    Long pcnId = person.getPcn() == null ? null : person.getPcn().getId();
    BookingMail.Invitation ahead =
        mailed && !event.isFull() ? mail.invitation(event, person) : null;
    lock(event);
    refuseIfNotBookable(event, person, pcnId, bookedBy != null, now);
    Optional<Booking> existing = activeOf(eventId, person.getId());
    if (existing.isPresent()) {
      throw refusal(alreadyMessage(existing.get(), bookedBy == null, person));
    }
    boolean seated = !event.isFull();
    Booking booking = new Booking(event, person, seated, bookedBy, servedAt(now));
    if (seated) {
      event.seatTaken();
    } else {
      event.queueJoined();
    }
    em.persist(booking);
    em.flush();
    int place = seated ? 0 : placeInQueue(booking);
    if (mailed && seated) {
      mail.booked(booking, ahead);
    } else if (mailed) {
      mail.waiting(booking, place);
    }
    return new Taken(booking, place);
  }

  /**
   * Gives up a seat or a queue place; a freed seat goes at once to the first person waiting (while
   * the event may still be booked). Cancelling a cancelled booking changes nothing.
   *
   * @return the booking promoted into the freed seat, if any
   */
  public Optional<Booking> cancel(long bookingId, Instant now) {
    Long eventId =
        em.createQuery("SELECT b.event.id FROM Booking b WHERE b.id = :id", Long.class)
            .setParameter("id", bookingId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> refusal("There is no such booking: it may have been removed"));
    Event event = lock(eventId);
    Booking booking = em.find(Booking.class, bookingId);
    em.refresh(booking);
    BookingStatus before = booking.getStatus();
    if (before == BookingStatus.CANCELLED) {
      return Optional.empty();
    }
    booking.cancel(now);
    if (before == BookingStatus.WAITING) {
      event.queueLeft();
      return Optional.empty();
    }
    event.seatFreed();
    mail.cancelled(booking);
    return promote(event, now);
  }

  /**
   * Fills free seats from the waiting list, first come first served, while the event may be booked;
   * each person promoted is mailed a link that gives the seat up again.
   */
  private Optional<Booking> promote(Event event, Instant now) {
    if (!event.promotesAt(now) || event.isFull() || event.getWaitingCount() == 0) {
      return Optional.empty();
    }
    List<Booking> first =
        em.createNamedQuery(Booking.FIRST_WAITING, Booking.class)
            .setParameter("eventId", event.getId())
            .setMaxResults(1)
            .getResultList();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    Booking promoted = first.get(0);
    LinkTokens.Issued link = LinkTokens.issue();
    promoted.seat(now, link.hash());
    event.queueLeft();
    event.seatTaken();
    mail.promoted(promoted, link.secret());
    return Optional.of(promoted);
  }

  /** Everyone booked or waiting on the event, in arrival order (for notices to them all). */
  public List<Booking> activeOn(long eventId) {
    return em.createNamedQuery(Booking.ACTIVE_ON, Booking.class)
        .setParameter("eventId", eventId)
        .getResultList();
  }

  /** The person's active booking on the event, if any. */
  public Optional<Booking> activeOf(long eventId, long accountId) {
    return em.createNamedQuery(Booking.ACTIVE_OF, Booking.class)
        .setParameter("eventId", eventId)
        .setParameter("accountId", accountId)
        .getResultStream()
        .findFirst();
  }

  /** A waiting booking's place in the queue, from 1. */
  public int placeInQueue(Booking booking) {
    return em.createNamedQuery(Booking.PLACE_IN_QUEUE, Long.class)
        .setParameter("eventId", booking.getEvent().getId())
        .setParameter("id", booking.getId())
        .getSingleResult()
        .intValue();
  }

  /**
   * When a request holding the event's lock is served: read under the lock, so request times follow
   * queue order (ids); never before {@code now}, the time the request was checked against.
   */
  private Instant servedAt(Instant now) {
    Instant served = clock.instant();
    return served.isBefore(now) ? now : served;
  }

  private Event lock(long eventId) {
    return found(em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE));
  }

  private Event find(long eventId) {
    return found(em.find(Event.class, eventId));
  }

  /** Locks the row of an event read before, and reads it again (the row as it is now). */
  private void lock(Event event) {
    try {
      em.refresh(event, LockModeType.PESSIMISTIC_WRITE);
    } catch (EntityNotFoundException e) {
      throw refusal(NO_SUCH_EVENT);
    }
  }

  private static Event found(Event event) {
    if (event == null) {
      throw refusal(NO_SUCH_EVENT);
    }
    return event;
  }

  private static void refuseIfNotBookable(
      Event event, Account person, Long pcnId, boolean forSomeoneElse, Instant now) {
    if (event.getStatus() == EventStatus.DRAFT) {
      throw refusal("This event is not open for booking yet. Check again when it is published.");
    }
    if (event.getStatus() == EventStatus.CANCELLED) {
      throw refusal("This event has been cancelled, so it cannot be booked.");
    }
    if (!now.isBefore(event.getStartsAt())) {
      throw refusal("This event has already started, so it can no longer be booked.");
    }
    if (now.isAfter(event.getBookingDeadline())) {
      throw refusal(
          "Booking for this event closed on "
              + LondonText.dateTime(event.getBookingDeadline())
              + ". Ask the organiser, "
              + event.getOrganiserEmail()
              + ", if a place is still needed.");
    }
    if (!event.isFor(person.getRole(), pcnId)) {
      throw refusal(
          (forSomeoneElse ? person.getDisplayName() + " is" : "You are")
              + " not in this event's audience ("
              + audience(event)
              + "). Ask the organiser, "
              + event.getOrganiserEmail()
              + ", if this is wrong.");
    }
  }

  private static String audience(Event event) {
    String roles =
        String.join(
            ", ", event.getAudienceRoles().stream().sorted().map(r -> r.label() + "s").toList());
    return event.getAudiencePcnIds().isEmpty() ? roles : roles + " of some PCNs only";
  }

  private String alreadyMessage(Booking existing, boolean self, Account person) {
    String who = self ? "You" : person.getDisplayName();
    String have = self ? "have" : "has";
    String are = self ? "are" : "is";
    return existing.getStatus() == BookingStatus.BOOKED
        ? who + " already " + have + " a seat on this event: there is nothing more to do."
        : who
            + " "
            + are
            + " already on the waiting list for this event (number "
            + placeInQueue(existing)
            + "): a seat that frees goes to the first person waiting.";
  }

  static InvalidInputException refusal(String message) {
    return new InvalidInputException(List.of(new Problem(FIELD, message)));
  }
}
