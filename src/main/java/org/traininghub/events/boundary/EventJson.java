package org.traininghub.events.boundary;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.traininghub.events.control.EventQuery;
import org.traininghub.events.control.EventTimes;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventStatus;

/**
 * An event as the API shows it: times with the UK offset they have on their day ({@code
 * 2027-03-28T10:00:00+01:00}), kinds with the same values as the filters, never the joining link.
 * The description (sanitised HTML) is on one event's answer only, not in lists.
 */
public record EventJson(
    long id,
    String title,
    String kind,
    String kindLabel,
    String status,
    String startsAt,
    String endsAt,
    String bookingDeadline,
    String timeZone,
    boolean online,
    String venueName,
    String venueAddress,
    int capacity,
    int seatsLeft,
    int waitingCount,
    String organiserName,
    String organiserEmail,
    Long catalogueItemId,
    String descriptionHtml,
    String webUrl) {

  static EventJson of(Event event, boolean withDescription, String webUrl) {
    return new EventJson(
        event.getId(),
        event.getTitle(),
        EventQuery.slug(event.getKind()),
        event.getKind().label(),
        event.getStatus() == EventStatus.CANCELLED ? "cancelled" : "published",
        local(event.getStartsAt()),
        local(event.getEndsAt()),
        local(event.getBookingDeadline()),
        "Europe/London",
        event.isOnline(),
        event.getVenueName(),
        event.getVenueAddress(),
        event.getCapacity(),
        event.getSeatsLeft(),
        event.getWaitingCount(),
        event.getOrganiserName(),
        event.getOrganiserEmail(),
        event.getCatalogueItemId(),
        withDescription ? event.getDescriptionHtml() : null,
        webUrl);
  }

  private static String local(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(EventTimes.local(instant));
  }
}
