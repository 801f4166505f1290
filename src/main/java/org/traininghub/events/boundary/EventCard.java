package org.traininghub.events.boundary;

import java.time.Instant;
import org.traininghub.events.control.EventQuery;
import org.traininghub.events.control.EventTimes;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventStatus;

/**
 * What the list and the event page show of an event, in words: its times in UK time, its place
 * ("Online" for an online event: the joining link is for people booked only, shown by the booking
 * panel), and its seats from the counters the booking control keeps.
 */
public record EventCard(
    long id,
    String title,
    String kind,
    String kindLabel,
    String when,
    String day,
    String startTime,
    String endTime,
    Instant startsAt,
    Instant endsAt,
    boolean online,
    String venueName,
    String venueAddress,
    int capacity,
    int seatsLeft,
    int waiting,
    boolean cancelled,
    String cancelReason) {

  public static EventCard of(Event event) {
    return new EventCard(
        event.getId(),
        event.getTitle(),
        EventQuery.slug(event.getKind()),
        event.getKind().label(),
        EventTimes.span(event.getStartsAt(), event.getEndsAt()),
        EventTimes.day(event.getStartsAt()),
        EventTimes.time(event.getStartsAt()),
        EventTimes.time(event.getEndsAt()),
        event.getStartsAt(),
        event.getEndsAt(),
        event.isOnline(),
        event.getVenueName(),
        event.getVenueAddress(),
        event.getCapacity(),
        event.getSeatsLeft(),
        event.getWaitingCount(),
        event.getStatus() == EventStatus.CANCELLED,
        event.getCancelReason());
  }

  /** "Online", or the venue's name. */
  public String place() {
    return online ? "Online" : venueName;
  }

  public boolean full() {
    return seatsLeft == 0;
  }

  /** "3 seats left of 20", "1 seat left of 20", "Full: 4 on the waiting list". */
  public String seatsText() {
    if (seatsLeft > 0) {
      return seatsLeft + (seatsLeft == 1 ? " seat" : " seats") + " left of " + capacity;
    }
    return "Full: " + waitingText();
  }

  /** "Nobody on the waiting list", "1 person on the waiting list", "4 people ...". */
  public String waitingText() {
    return switch (waiting) {
      case 0 -> "nobody on the waiting list";
      case 1 -> "1 person on the waiting list";
      default -> waiting + " people on the waiting list";
    };
  }

  /** The event page's address, relative to the context path. */
  public String path() {
    return EventPage.pathOf(id);
  }
}
