package org.traininghub.events.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.traininghub.events.control.LondonText;
import org.traininghub.events.entity.Booking;
import org.traininghub.events.entity.BookingStatus;
import org.traininghub.events.entity.Event;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/**
 * "My bookings" ({@code events/mine}): the caller's seats and waiting-list places on events not
 * over yet, each with its way out (a seat asks to confirm first; leaving the waiting list is one
 * click), and their personal calendar address.
 */
@Named
@ViewScoped
public class MyBookings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Bookings bookings;

  @Inject transient CalendarFeeds feeds;

  /** One booking as the page shows it. */
  public record Row(
      long bookingId,
      long eventId,
      String title,
      String when,
      String where,
      boolean booked,
      int place,
      String joiningUrl,
      boolean cancelled)
      implements Serializable {}

  private List<Row> rows;
  private Long confirming;
  private String feedUrl;
  private boolean feedRead;

  public List<Row> getRows() {
    if (rows == null) {
      rows = bookings.mine().stream().map(this::row).toList();
    }
    return rows;
  }

  private Row row(Booking b) {
    Event e = b.getEvent();
    boolean booked = b.getStatus() == BookingStatus.BOOKED;
    return new Row(
        b.getId(),
        e.getId(),
        e.getTitle(),
        LondonText.span(e.getStartsAt(), e.getEndsAt()),
        e.isOnline() ? "Online" : e.getVenueName() + ", " + e.getVenueAddress(),
        booked,
        booked ? 0 : bookings.placeInQueue(b),
        booked
                && e.isOnline()
                && e.getStatus() != org.traininghub.events.entity.EventStatus.CANCELLED
            ? e.getJoiningUrl()
            : "",
        e.getStatus() == org.traininghub.events.entity.EventStatus.CANCELLED);
  }

  public void askToGiveUp(long bookingId) {
    confirming = bookingId;
  }

  public void keep() {
    confirming = null;
  }

  public Long getConfirming() {
    return confirming;
  }

  public void giveUp(long bookingId) {
    try {
      boolean booked = getRows().stream().anyMatch(r -> r.bookingId() == bookingId && r.booked());
      bookings.cancel(bookingId);
      Messages.info(booked ? "Your seat is cancelled." : "You have left the waiting list.");
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> Messages.error(p.message()));
    }
    confirming = null;
    rows = null;
  }

  /** The caller's calendar address, or null when they have none. */
  public String getFeedUrl() {
    if (!feedRead) {
      feedUrl = null;
      feedRead = true;
    }
    return feedUrl;
  }

  /** Makes a new calendar address; the old one stops working. */
  public void newFeed() {
    feedUrl = feeds.issue();
    feedRead = true;
    Messages.info(
        "Your new calendar address is below. Copy it now: it is shown only once. Any old address"
            + " has stopped working.");
  }

  /** Turns the calendar address off. */
  public void revokeFeed() {
    feeds.revoke();
    feedUrl = null;
    feedRead = true;
    Messages.info("Your calendar address has been turned off.");
  }

  public boolean isHasFeed() {
    return feeds.hasFeed();
  }
}
