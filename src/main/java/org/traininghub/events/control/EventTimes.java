package org.traininghub.events.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.traininghub.platform.time.HubClock;

/**
 * An event's times as the hub writes them, in UK time whatever the season: "Sunday 28 March 2027,
 * 10:00 to 12:00". Instants are stored; the clock change is the zone's business, never a fixed
 * offset's.
 */
public final class EventTimes {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private EventTimes() {}

  /** The moment in the UK. */
  public static ZonedDateTime local(Instant instant) {
    return instant.atZone(HubClock.HUB_ZONE);
  }

  /** The UK wall-clock time of a moment (the calendar shows these as they are). */
  public static LocalDateTime wallClock(Instant instant) {
    return local(instant).toLocalDateTime();
  }

  /** "Sunday 28 March 2027". */
  public static String day(Instant instant) {
    return DAY.format(local(instant));
  }

  /** "10:00". */
  public static String time(Instant instant) {
    return TIME.format(local(instant));
  }

  /**
   * "Sunday 28 March 2027, 10:00 to 12:00"; an event ending on a later day names both days: "Friday
   * 2 April 2027, 09:30 to Saturday 3 April 2027, 16:00".
   */
  public static String span(Instant start, Instant end) {
    LocalDate first = local(start).toLocalDate();
    LocalDate last = local(end).toLocalDate();
    String from = day(start) + ", " + time(start) + " to ";
    return first.equals(last) ? from + time(end) : from + day(end) + ", " + time(end);
  }
}
