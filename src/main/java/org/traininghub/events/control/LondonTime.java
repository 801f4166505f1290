package org.traininghub.events.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.platform.time.HubClock;
import org.traininghub.platform.validation.Problem;

/**
 * Wall-clock times in Europe/London, as an admin types them, turned into instants and back. On the
 * two days a year the clocks change, one hour of the wall clock does not exist (the last Sunday of
 * March, 01:00 to 01:59) and one happens twice (the last Sunday of October, 01:00 to 01:59): rather
 * than guessing, such a time is refused with a message saying why.
 */
public final class LondonTime {

  /** Europe/London. */
  public static final ZoneId ZONE = HubClock.HUB_ZONE;

  private static final ZoneRules RULES = ZONE.getRules();
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.]?(\\d{2})");
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private LondonTime() {}

  /** A time typed as 09:30, 9:30, 9.30 or 0930; empty when it is not one. */
  public static Optional<LocalTime> parseTime(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = TIME.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
  }

  /**
   * The instant of {@code time} on {@code date} in London; null (and a problem for {@code field})
   * when that time does not exist or happens twice that day.
   */
  public static Instant instant(
      String field, LocalDate date, LocalTime time, List<Problem> problems) {
    LocalDateTime local = LocalDateTime.of(date, time);
    List<ZoneOffset> offsets = RULES.getValidOffsets(local);
    if (offsets.size() == 1) {
      return local.toInstant(offsets.get(0));
    }
    ZoneOffsetTransition change = RULES.getTransition(local);
    String day = BritishDates.format(date);
    String from = HH_MM.format(change.getDateTimeBefore());
    String to = HH_MM.format(change.getDateTimeAfter());
    problems.add(
        new Problem(
            field,
            offsets.isEmpty()
                ? "There is no "
                    + HH_MM.format(time)
                    + " on "
                    + day
                    + ": the clocks go forward from "
                    + from
                    + " to "
                    + to
                    + ". Choose a time from "
                    + to
                    + " on."
                : HH_MM.format(time)
                    + " happens twice on "
                    + day
                    + ": the clocks go back from "
                    + from
                    + " to "
                    + to
                    + ". Choose a time outside "
                    + to
                    + " to "
                    + from
                    + "."));
    return null;
  }

  /** The London date of {@code instant}. */
  public static LocalDate date(Instant instant) {
    return instant.atZone(HubClock.HUB_ZONE).toLocalDate();
  }

  /** The London wall-clock time of {@code instant}, as HH:mm. */
  public static String time(Instant instant) {
    return HH_MM.format(instant.atZone(HubClock.HUB_ZONE));
  }
}
