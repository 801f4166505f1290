package org.traininghub.events.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventStatus;
import org.traininghub.platform.time.HubClock;

/**
 * The one place that writes iCalendar (RFC 5545), with ical4j: the invitation mailed to a person
 * booked ({@code METHOD:REQUEST}; an update is the same {@code UID} with the event's higher {@code
 * SEQUENCE}), the cancellation ({@code METHOD:CANCEL}), and the feeds ({@code METHOD:PUBLISH}).
 * Times are written in Europe/London with its {@code VTIMEZONE}, so calendar programs show the
 * right local time on both sides of the clock change.
 */
public final class Calendars {

  private static final String PRODUCT = "-//Training Hub//Training Hub Portal//EN";
  private static final String ZONE = HubClock.HUB_ZONE.getId();

  private Calendars() {}

  /** Who the invitation is for. */
  public record Invitee(String name, String email) {}

  /** The invitation (or its update) for {@code invitee}, with the event's current sequence. */
  public static String request(Event event, Invitee invitee, String eventUrl, Instant now) {
    Calendar calendar = calendar(ImmutableMethod.REQUEST);
    calendar.add(vevent(event, invitee, eventUrl, now, false));
    return write(calendar);
  }

  /**
   * Everything {@link #request} reads of the event and the invitee (all but the time stamp): two
   * equal lists give the same invitation, so one rendered ahead can be checked against the event as
   * it is later.
   */
  public static List<Object> requestInputs(Event event, Invitee invitee) {
    return Arrays.asList(
        event.getId(),
        event.getUid(),
        event.getSequence(),
        event.getTitle(),
        event.getStartsAt(),
        event.getEndsAt(),
        event.isOnline(),
        event.getVenueName(),
        event.getVenueAddress(),
        event.getOrganiserName(),
        event.getOrganiserEmail(),
        invitee);
  }

  /** The cancellation of the invitation for {@code invitee}, with the event's sequence. */
  public static String cancel(Event event, Invitee invitee, String eventUrl, Instant now) {
    Calendar calendar = calendar(ImmutableMethod.CANCEL);
    calendar.add(vevent(event, invitee, eventUrl, now, true));
    return write(calendar);
  }

  /**
   * A feed of events ({@code METHOD:PUBLISH}) named {@code name}; cancelled events are listed as
   * cancelled, so a subscribed calendar removes them.
   *
   * @param urlOf the page of each event
   */
  public static String feed(
      String name,
      Collection<Event> events,
      java.util.function.Function<Event, String> urlOf,
      Instant now) {
    Calendar calendar = calendar(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    calendar.add(new XProperty("X-WR-TIMEZONE", ZONE));
    for (Event event : events) {
      calendar.add(
          vevent(event, null, urlOf.apply(event), now, event.getStatus() == EventStatus.CANCELLED));
    }
    return write(calendar);
  }

  private static Calendar calendar(net.fortuna.ical4j.model.property.Method method) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(method);
    calendar.add(london());
    return calendar;
  }

  /** Europe/London's VTIMEZONE, from the zone data ical4j ships (read once). */
  private static VTimeZone london() {
    return LondonZone.VTIMEZONE.copy();
  }

  private static final class LondonZone {
    static final VTimeZone VTIMEZONE;

    static {
      TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
      VTIMEZONE = registry.getTimeZone(ZONE).getVTimeZone();
    }
  }

  private static VEvent vevent(
      Event event, Invitee invitee, String eventUrl, Instant now, boolean cancelled) {
    ZonedDateTime start = event.getStartsAt().atZone(HubClock.HUB_ZONE);
    ZonedDateTime end = event.getEndsAt().atZone(HubClock.HUB_ZONE);
    VEvent vevent = new VEvent(start, end, event.getTitle());
    vevent.add(new Uid(event.getUid()));
    vevent.add(new Sequence(event.getSequence()));
    vevent.replace(new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    vevent.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    vevent.add(new Location(place(event)));
    vevent.add(new Description(description(event, eventUrl)));
    vevent.add(new Url(URI.create(eventUrl)));
    Organizer organizer = new Organizer(URI.create("mailto:" + event.getOrganiserEmail()));
    organizer.add(new Cn(event.getOrganiserName()));
    vevent.add(organizer);
    if (invitee != null) {
      Attendee attendee = new Attendee(URI.create("mailto:" + invitee.email()));
      attendee.add(new Cn(invitee.name()));
      attendee.add(Role.REQ_PARTICIPANT);
      attendee.add(PartStat.ACCEPTED);
      vevent.add(attendee);
    }
    return vevent;
  }

  /** The venue and address, or "Online" (the joining link goes only to people booked, by mail). */
  private static String place(Event event) {
    return event.isOnline()
        ? "Online"
        : event.getVenueName() + ", " + event.getVenueAddress().replace('\n', ' ');
  }

  private static String description(Event event, String eventUrl) {
    String how =
        event.isOnline()
            ? "Online: the joining link is on the event's page for people booked."
            : "At " + place(event) + ".";
    return event.getTitle() + "\n" + how + "\nDetails: " + eventUrl;
  }

  private static String write(Calendar calendar) {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
