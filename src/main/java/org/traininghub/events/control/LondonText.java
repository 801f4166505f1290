package org.traininghub.events.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.traininghub.platform.time.HubClock;

/**
 * Event times as people read them in mail and messages: Europe/London, e.g. "Sunday 29 March 2026,
 * 10:00".
 */
public final class LondonText {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK).withZone(HubClock.HUB_ZONE);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(HubClock.HUB_ZONE);

  private LondonText() {}

  public static String dateTime(Instant instant) {
    return DATE_TIME.format(instant);
  }

  /** "Sunday 29 March 2026, 10:00 to 12:00" (the end's date too when it is another day). */
  public static String span(Instant start, Instant end) {
    boolean sameDay =
        start
            .atZone(HubClock.HUB_ZONE)
            .toLocalDate()
            .equals(end.atZone(HubClock.HUB_ZONE).toLocalDate());
    return dateTime(start) + " to " + (sameDay ? TIME.format(end) : dateTime(end));
  }
}
