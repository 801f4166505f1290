package org.traininghub.events.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.traininghub.accounts.entity.Account;
import org.traininghub.events.entity.Booking;
import org.traininghub.events.entity.BookingStatus;
import org.traininghub.events.entity.Event;
import org.traininghub.mail.boundary.MailRequest;
import org.traininghub.mail.boundary.Outbox;
import org.traininghub.platform.config.HubSettings;

/**
 * Every booking mail, queued through the mail component in the booking's transaction (so a seat and
 * its mail are saved together or not at all). A person with a seat gets an iCalendar invitation
 * ({@link Calendars}); an update or a cancellation of the event sends the same {@code UID} with the
 * event's higher {@code SEQUENCE}. Keys name the booking and the sequence, so a change handled
 * twice mails once.
 */
@Dependent
public class BookingMail {

  @Inject Outbox outbox;

  @Inject HubSettings hub;

  @Inject Clock clock;

  /**
   * A seat's invitation rendered ahead of the booking, from the event as read before its row is
   * locked: writing the iCalendar takes most of a booking's own time, and every other booking of
   * the event waits for the lock. {@link #booked(Booking, Invitation)} uses it only when the locked
   * event still reads the same ({@code inputs}), and renders again otherwise.
   */
  public record Invitation(List<Object> inputs, String ics) {}

  /** The invitation {@code person} would get for a seat on {@code event} as it reads now. */
  public Invitation invitation(Event event, Account person) {
    Calendars.Invitee invitee = invitee(person);
    return new Invitation(
        Calendars.requestInputs(event, invitee),
        Calendars.request(event, invitee, eventUrl(event), now()));
  }

  /** A seat taken: confirmation with the invitation. */
  public void booked(Booking booking) {
    booked(booking, null);
  }

  /**
   * A seat taken: confirmation with the invitation, the one rendered {@code ahead} if it is still
   * the event's (null: render it now).
   */
  public void booked(Booking booking, Invitation ahead) {
    Event event = booking.getEvent();
    Calendars.Invitee invitee = invitee(booking.getAccount());
    String ics =
        ahead != null && ahead.inputs().equals(Calendars.requestInputs(event, invitee))
            ? ahead.ics()
            : Calendars.request(event, invitee, eventUrl(event), now());
    outbox.enqueue(
        request(
                booking,
                "booking:" + booking.getId() + ":booked",
                "booking-confirmed",
                values(booking))
            .calendar(ics));
  }

  /** A place in the waiting list: no invitation yet. */
  public void waiting(Booking booking, int place) {
    Map<String, Object> values = values(booking);
    values.put("place", Integer.toString(place));
    outbox.enqueue(
        request(booking, "booking:" + booking.getId() + ":waiting", "booking-waiting", values));
  }

  /** A freed seat given to the first person waiting, with the link that gives it up again. */
  public void promoted(Booking booking, String giveUpSecret) {
    Map<String, Object> values = values(booking);
    values.put("giveUpLink", hub.absolute("/events/give-up.xhtml?token=" + giveUpSecret));
    Event event = booking.getEvent();
    outbox.enqueue(
        request(booking, "booking:" + booking.getId() + ":promoted", "booking-promoted", values)
            .calendar(Calendars.request(event, invitee(booking), eventUrl(event), now())));
  }

  /** A seat given up by its holder: the invitation withdrawn from their calendar. */
  public void cancelled(Booking booking) {
    Event event = booking.getEvent();
    outbox.enqueue(
        request(
                booking,
                "booking:" + booking.getId() + ":cancelled",
                "booking-cancelled",
                values(booking))
            .calendarCancel(Calendars.cancel(event, invitee(booking), eventUrl(event), now())));
  }

  /** The event's time, place, link or title changed: the new version of the invitation. */
  public void updated(Booking booking) {
    Event event = booking.getEvent();
    String key = "event:" + event.getId() + ":" + event.getSequence() + ":" + booking.getId();
    MailRequest request = request(booking, key, "event-updated", values(booking));
    if (booking.getStatus() == BookingStatus.BOOKED) {
      request.calendar(Calendars.request(event, invitee(booking), eventUrl(event), now()));
    }
    outbox.enqueue(request);
  }

  /** The event was cancelled: everyone booked and waiting is told; seats are withdrawn. */
  public void eventCancelled(Booking booking, BookingStatus before) {
    Event event = booking.getEvent();
    String key = "event:" + event.getId() + ":" + event.getSequence() + ":" + booking.getId();
    Map<String, Object> values = values(booking);
    values.put("hadSeat", before == BookingStatus.BOOKED);
    values.put("reason", event.getCancelReason() == null ? "" : event.getCancelReason());
    MailRequest request = request(booking, key, "event-cancelled", values);
    if (before == BookingStatus.BOOKED) {
      request.calendarCancel(Calendars.cancel(event, invitee(booking), eventUrl(event), now()));
    }
    outbox.enqueue(request);
  }

  /** The reminder before the event, to a person with a seat. */
  public void reminder(Booking booking) {
    Event event = booking.getEvent();
    outbox.enqueue(
        request(
                booking,
                "booking:" + booking.getId() + ":reminder",
                "booking-reminder",
                values(booking))
            .calendar(Calendars.request(event, invitee(booking), eventUrl(event), now())));
  }

  private MailRequest request(
      Booking booking, String key, String template, Map<String, Object> values) {
    Account person = booking.getAccount();
    return MailRequest.of(key, person.getEmail(), template, values).account(person.getId());
  }

  private Map<String, Object> values(Booking booking) {
    Event event = booking.getEvent();
    Map<String, Object> values = new HashMap<>();
    values.put("name", booking.getAccount().getDisplayName());
    values.put("title", event.getTitle());
    values.put("when", LondonText.span(event.getStartsAt(), event.getEndsAt()));
    values.put(
        "where",
        event.isOnline() ? "Online" : event.getVenueName() + ", " + event.getVenueAddress());
    values.put("online", event.isOnline());
    values.put(
        "joiningUrl",
        event.isOnline() && booking.getStatus() == BookingStatus.BOOKED
            ? event.getJoiningUrl()
            : "");
    values.put("eventUrl", eventUrl(event));
    values.put("myBookingsUrl", hub.absolute("/events/mine.xhtml"));
    values.put("organiser", event.getOrganiserName() + " (" + event.getOrganiserEmail() + ")");
    return values;
  }

  private static Calendars.Invitee invitee(Booking booking) {
    return invitee(booking.getAccount());
  }

  private static Calendars.Invitee invitee(Account person) {
    return new Calendars.Invitee(person.getDisplayName(), person.getEmail());
  }

  /** The event's page. */
  public String eventUrl(Event event) {
    return hub.absolute("/events/event.xhtml?id=" + event.getId());
  }

  private Instant now() {
    return clock.instant();
  }
}
