package org.traininghub.events.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.traininghub.events.entity.Booking;
import org.traininghub.events.entity.BookingStatus;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventStatus;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/**
 * The booking panel of an event's page ({@code /WEB-INF/includes/events/booking-panel.xhtml}): Book
 * / Join the waiting list / Cancel (asking to confirm first) / Leave the waiting list (one click),
 * the joining link for people with a seat, and a PCN lead's "book for a coach".
 *
 * <p>Request-scoped, so that an anonymous visitor of the event page gets no session (the panel then
 * has no form at all). The question "are you sure?" is carried by a hidden field of the form that
 * asks it, so that its buttons are there again when the answer is decoded.
 */
@Named
@RequestScoped
public class BookingPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Bookings bookings;

  @Inject transient EventSeats events;

  @Inject transient CurrentAccount caller;

  @Inject transient Clock clock;

  /** A coach of the lead's PCN as the select shows them. */
  public record Coach(long id, String name) implements Serializable {}

  /** A PCN coach's booking as the lead sees it. */
  public record CoachBooking(long bookingId, String name, String status, int place)
      implements Serializable {}

  /** What the panel shows for one event, for the caller. */
  public record State(
      long eventId,
      boolean exists,
      boolean signedIn,
      boolean open,
      String closed,
      boolean full,
      int seatsLeft,
      int waiting,
      Long bookingId,
      boolean booked,
      boolean queued,
      int place,
      String joiningUrl,
      boolean lead,
      List<Coach> coaches,
      List<CoachBooking> coachBookings)
      implements Serializable {}

  private State state;
  private Boolean confirming;
  private Long coachId;
  private Long confirmingFor;
  private boolean confirmingForSet;

  /** The panel of event {@code eventId} (read once per view, again after each action). */
  public State of(long eventId) {
    if (state == null || state.eventId() != eventId) {
      state = load(eventId);
    }
    return state;
  }

  private State load(long eventId) {
    Optional<Event> found = events.bookable(eventId);
    if (found.isEmpty()) {
      return new State(
          eventId, false, false, false, "", false, 0, 0, null, false, false, 0, "", false,
          List.of(), List.of());
    }
    Event event = found.get();
    boolean signedIn = caller.isSignedIn();
    boolean open = event.bookableAt(clock.instant());
    String closed =
        event.getStatus() == EventStatus.CANCELLED
            ? "This event has been cancelled."
            : !clock.instant().isBefore(event.getStartsAt())
                ? "This event has started: booking is closed."
                : open ? "" : "Booking for this event has closed.";
    Optional<Booking> mine = signedIn ? bookings.mineOn(eventId) : Optional.empty();
    boolean booked = mine.map(b -> b.getStatus() == BookingStatus.BOOKED).orElse(false);
    boolean queued = mine.map(b -> b.getStatus() == BookingStatus.WAITING).orElse(false);
    boolean lead = caller.is(Role.PCN_LEAD);
    return new State(
        eventId,
        true,
        signedIn,
        open,
        closed,
        event.isFull(),
        event.getSeatsLeft(),
        event.getWaitingCount(),
        mine.map(Booking::getId).orElse(null),
        booked,
        queued,
        queued ? bookings.placeInQueue(mine.get()) : 0,
        booked && event.isOnline() ? event.getJoiningUrl() : "",
        lead,
        lead
            ? bookings.myPcnCoaches().stream()
                .map(a -> new Coach(a.getId(), a.getDisplayName()))
                .toList()
            : List.of(),
        lead
            ? bookings.myPcnOn(eventId).stream()
                .map(
                    b ->
                        new CoachBooking(
                            b.getId(),
                            b.getAccount().getDisplayName(),
                            b.getStatus().label(),
                            b.getStatus() == BookingStatus.WAITING ? bookings.placeInQueue(b) : 0))
                .toList()
            : List.of());
  }

  public void book(long eventId) {
    try {
      Messages.info(bookings.book(eventId).message());
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> Messages.error(p.message()));
    }
    state = null;
  }

  public void bookFor(long eventId) {
    if (coachId == null) {
      Messages.error("Choose the coach to book for.");
      return;
    }
    try {
      Messages.info(bookings.bookFor(eventId, coachId).message());
      coachId = null;
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> Messages.error(p.message()));
    }
    state = null;
  }

  /** First press of Cancel my seat: ask to confirm. */
  public void askToGiveUp() {
    confirming = true;
  }

  public void keep() {
    confirming = false;
    confirmingFor = null;
    confirmingForSet = true;
  }

  /** A PCN lead's first press of "Cancel for": ask to confirm. */
  public void askToCancelFor(long bookingId) {
    confirmingFor = bookingId;
    confirmingForSet = true;
  }

  /** The coach's booking the lead is asked to confirm cancelling, if any. */
  public Long getConfirmingFor() {
    if (confirmingForSet) {
      return confirmingFor;
    }
    String sent = parameter("confirmingFor");
    return sent != null && sent.matches("\\d{1,18}") ? Long.valueOf(sent) : null;
  }

  private static String parameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  /** Gives up the caller's seat (after confirming) or queue place (at once). */
  public void giveUp(long eventId) {
    State now = of(eventId);
    if (now.bookingId() != null) {
      cancel(
          now.bookingId(),
          now.booked() ? "Your seat is cancelled." : "You have left the waiting list.");
    }
    confirming = false;
    state = null;
  }

  /** A PCN lead gives up a coach's seat or queue place. */
  public void cancelFor(long bookingId) {
    cancel(bookingId, "The coach's booking is cancelled.");
    confirmingFor = null;
    confirmingForSet = true;
    state = null;
  }

  private void cancel(long bookingId, String done) {
    try {
      bookings.cancel(bookingId);
      Messages.info(done);
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> Messages.error(p.message()));
    }
  }

  /** Whether the panel asks to confirm giving up (asked in this request, or in the form sent). */
  public boolean isConfirming() {
    return confirming != null ? confirming : "true".equals(parameter("confirming"));
  }

  public Long getCoachId() {
    return coachId;
  }

  public void setCoachId(Long coachId) {
    this.coachId = coachId;
  }
}
