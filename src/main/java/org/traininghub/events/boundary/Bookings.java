package org.traininghub.events.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.AccountStatus;
import org.traininghub.events.control.SeatAllocation;
import org.traininghub.events.entity.Booking;
import org.traininghub.events.entity.BookingStatus;
import org.traininghub.pcns.control.PcnScope;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * Booking seats and waiting-list places for the signed-in person, or (a PCN lead) for the coaches
 * of their own PCN; giving them up; and the one-click link that gives up a seat someone was
 * promoted into. Each call is one transaction; {@link SeatAllocation} does the locking.
 */
@Stateless
@Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
public class Bookings {

  @PersistenceContext EntityManager em;

  @Inject SeatAllocation seats;

  @Inject CurrentAccount caller;

  @Inject AuditLog audit;

  @Inject Clock clock;

  /** What a booking request got: a seat, or a place in the queue (from 1). */
  public record Outcome(long bookingId, BookingStatus status, int placeInQueue, String message) {}

  /** Books the caller a seat, or a place on the waiting list when the event is full. */
  public Outcome book(long eventId) {
    Account me = em.find(Account.class, caller.id());
    SeatAllocation.Taken taken = seats.book(eventId, me, null, now());
    return outcome(taken, "You have", "you are");
  }

  /** A PCN lead books a coach of their own PCN (a seat, or a waiting-list place). */
  @Allowed(Role.PCN_LEAD)
  public Outcome bookFor(long eventId, long coachId) {
    Account coach = coachOfMyPcn(coachId);
    SeatAllocation.Taken taken = seats.book(eventId, coach, caller.id(), now());
    audit.record("Booked for a coach", "Event " + eventId + ", booking " + taken.booking().getId());
    return outcome(taken, coach.getDisplayName() + " has", coach.getDisplayName() + " is");
  }

  /**
   * Gives up a seat or leaves the waiting list: the caller's own booking, or (a PCN lead) one of
   * their PCN's coaches'. A freed seat goes at once to the first person waiting.
   */
  public void cancel(long bookingId) {
    Booking booking = em.find(Booking.class, bookingId);
    if (booking == null || !mayChange(booking)) {
      throw new InvalidInputException(
          List.of(
              new Problem(
                  SeatAllocation.FIELD,
                  "There is no such booking of yours: open My bookings to see your bookings.")));
    }
    seats.cancel(bookingId, now());
    if (booking.getAccount().getId() != caller.id()) {
      audit.record("Cancelled a coach's booking", "Booking " + bookingId);
    }
  }

  /** The caller's seats and waiting-list places on events not over yet, soonest first. */
  public List<Booking> mine() {
    return em.createNamedQuery(Booking.OF_ACCOUNT, Booking.class)
        .setParameter("accountId", caller.id())
        .setParameter("after", now())
        .getResultList();
  }

  /** The caller's active booking on the event, if any. */
  public Optional<Booking> mineOn(long eventId) {
    return seats.activeOf(eventId, caller.id());
  }

  /** A waiting booking's place in its queue (from 1). */
  public int placeInQueue(Booking booking) {
    return seats.placeInQueue(booking);
  }

  /** The calling PCN lead's coaches booked or waiting on the event, in arrival order. */
  @Allowed(Role.PCN_LEAD)
  public List<Booking> myPcnOn(long eventId) {
    PcnScope scope = PcnScope.of(caller);
    return scope
        .bind(
            em.createQuery(
                "SELECT b FROM Booking b JOIN FETCH b.account a WHERE b.event.id = :eventId"
                    + " AND b.status <> org.traininghub.events.entity.BookingStatus.CANCELLED"
                    + " AND a.role = org.training"
                    + "hub.platform.security.Role.COACH"
                    + scope.and("a.pcn.id")
                    + " ORDER BY b.id",
                Booking.class))
        .setParameter("eventId", eventId)
        .getResultList();
  }

  /** The active coaches of the calling PCN lead's PCN, by name (whom they may book for). */
  @Allowed(Role.PCN_LEAD)
  public List<Account> myPcnCoaches() {
    PcnScope scope = PcnScope.of(caller);
    return scope
        .bind(
            em.createQuery(
                "SELECT a FROM Account a WHERE a.role = org.traininghub.platform.security.Role.COACH"
                    + " AND a.status = org.traininghub.accounts.entity.AccountStatus.ACTIVE"
                    + scope.and("a.pcn.id")
                    + " ORDER BY a.displayName, a.id",
                Account.class))
        .setMaxResults(500)
        .getResultList();
  }

  private Account coachOfMyPcn(long coachId) {
    PcnScope scope = PcnScope.of(caller);
    return Optional.ofNullable(em.find(Account.class, coachId))
        .filter(a -> a.getRole() == Role.COACH && a.getStatus() == AccountStatus.ACTIVE)
        .filter(a -> a.getPcn() != null && scope.covers(a.getPcn().getId()))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    List.of(
                        new Problem(
                            "coach",
                            "Choose a coach of your own PCN: you can book only for them."))));
  }

  private boolean mayChange(Booking booking) {
    if (booking.getAccount().getId() == caller.id()) {
      return true;
    }
    if (!caller.is(Role.PCN_LEAD) || booking.getAccount().getRole() != Role.COACH) {
      return false;
    }
    try {
      return booking.getAccount().getPcn() != null
          && PcnScope.of(caller).covers(booking.getAccount().getPcn().getId());
    } catch (EJBAccessException noPcn) {
      return false;
    }
  }

  private static Outcome outcome(SeatAllocation.Taken taken, String has, String is) {
    Booking b = taken.booking();
    String message =
        taken.seated()
            ? has + " a seat. The confirmation and calendar invitation are on their way by email."
            : "The event is full, so "
                + is
                + " number "
                + taken.placeInQueue()
                + " on the waiting list. A seat that frees goes to the first person waiting, who"
                + " is emailed at once.";
    return new Outcome(b.getId(), b.getStatus(), taken.placeInQueue(), message);
  }

  private Instant now() {
    return clock.instant();
  }
}
