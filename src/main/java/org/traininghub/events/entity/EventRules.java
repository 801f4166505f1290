package org.traininghub.events.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.traininghub.platform.validation.PlainText;
import org.traininghub.platform.validation.Problem;

/**
 * The rules every event keeps, whoever enters it (the admin form, a series, demo data). Field names
 * are those of {@link EventDetails}; messages are plain English for the person who typed it. The
 * description's markup is the sanitiser's business, before it gets here.
 */
public final class EventRules {

  public static final int TITLE_MAX = 200;
  public static final int DESCRIPTION_MAX = 20_000;
  public static final int VENUE_NAME_MAX = 200;
  public static final int VENUE_ADDRESS_MAX = 500;
  public static final int URL_MAX = 500;
  public static final int ORGANISER_NAME_MAX = 200;
  public static final int EMAIL_MAX = 254;
  public static final int CAPACITY_MAX = 10_000;

  /** No hub event runs for more than a few days; a longer one is a typing slip. */
  public static final Duration LONGEST = Duration.ofDays(7);

  private EventRules() {}

  /**
   * Every problem with these details for an event that already has {@code booked} seats taken;
   * empty when they may be saved.
   */
  public static List<Problem> check(EventDetails d, int booked) {
    List<Problem> problems = new ArrayList<>();
    if (d == null) {
      problems.add(new Problem("title", "Enter the event's details"));
      return problems;
    }
    if (d.kind() == null) {
      problems.add(new Problem("kind", "Choose what kind of event this is"));
    }
    required(problems, "title", "Title", d.title(), TITLE_MAX);
    if (d.descriptionHtml() != null && d.descriptionHtml().length() > DESCRIPTION_MAX) {
      problems.add(
          new Problem(
              "descriptionHtml",
              "The description must be " + DESCRIPTION_MAX + " characters or fewer"));
    }
    times(problems, d);
    place(problems, d);
    if (d.capacity() < 1) {
      problems.add(new Problem("capacity", "Enter how many seats there are: at least 1"));
    } else if (d.capacity() > CAPACITY_MAX) {
      problems.add(new Problem("capacity", "Capacity must be " + CAPACITY_MAX + " or fewer"));
    } else if (d.capacity() < booked) {
      problems.add(
          new Problem(
              "capacity",
              booked
                  + " seats are already booked: capacity cannot go below that (cancel bookings"
                  + " first)"));
    }
    required(problems, "organiserName", "Organiser's name", d.organiserName(), ORGANISER_NAME_MAX);
    email(problems, d.organiserEmail());
    if (d.audienceRoles().isEmpty()) {
      problems.add(new Problem("audienceRoles", "Choose at least one role that may book"));
    }
    return problems;
  }

  private static void times(List<Problem> problems, EventDetails d) {
    if (d.startsAt() == null) {
      problems.add(new Problem("startsAt", "Enter when the event starts"));
    }
    if (d.endsAt() == null) {
      problems.add(new Problem("endsAt", "Enter when the event ends"));
    }
    if (d.bookingDeadline() == null) {
      problems.add(new Problem("bookingDeadline", "Enter the booking deadline"));
    }
    if (d.startsAt() != null && d.endsAt() != null) {
      if (!d.endsAt().isAfter(d.startsAt())) {
        problems.add(new Problem("endsAt", "The end must be after the start"));
      } else if (Duration.between(d.startsAt(), d.endsAt()).compareTo(LONGEST) > 0) {
        problems.add(new Problem("endsAt", "An event lasts 7 days at most: check the end date"));
      }
    }
    if (d.startsAt() != null
        && d.bookingDeadline() != null
        && d.bookingDeadline().isAfter(d.startsAt())) {
      problems.add(
          new Problem("bookingDeadline", "The booking deadline must be at or before the start"));
    }
  }

  private static void place(List<Problem> problems, EventDetails d) {
    if (d.online()) {
      if (blank(d.joiningUrl())) {
        problems.add(new Problem("joiningUrl", "Enter the joining link of the online event"));
      } else if (!isHttps(d.joiningUrl())) {
        problems.add(new Problem("joiningUrl", "Enter a full joining link starting with https://"));
      }
    } else {
      required(problems, "venueName", "Venue", d.venueName(), VENUE_NAME_MAX);
      if (blank(d.venueAddress())) {
        problems.add(new Problem("venueAddress", "Enter the venue's address"));
      } else if (d.venueAddress().strip().length() > VENUE_ADDRESS_MAX) {
        problems.add(
            new Problem(
                "venueAddress",
                "The address must be " + VENUE_ADDRESS_MAX + " characters or fewer"));
      } else if (PlainText.hasUnshowable(d.venueAddress())) {
        problems.add(
            new Problem("venueAddress", "The address contains characters that cannot be shown"));
      }
    }
  }

  /** An absolute https address with a host, no longer than {@link #URL_MAX}. */
  public static boolean isHttps(String value) {
    if (value == null || value.strip().length() > URL_MAX) {
      return false;
    }
    try {
      URI uri = new URI(value.strip());
      return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static void email(List<Problem> problems, String value) {
    if (blank(value)) {
      problems.add(new Problem("organiserEmail", "Enter the organiser's email address"));
      return;
    }
    String v = value.strip();
    if (v.length() > EMAIL_MAX || !v.matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
      problems.add(
          new Problem("organiserEmail", "Enter the organiser's email address, like name@nhs.net"));
    }
  }

  private static void required(
      List<Problem> problems, String field, String label, String value, int max) {
    if (blank(value)) {
      problems.add(new Problem(field, "Enter the " + label.toLowerCase(Locale.ROOT)));
      return;
    }
    problems.addAll(PlainText.line(field, label, value, max));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
