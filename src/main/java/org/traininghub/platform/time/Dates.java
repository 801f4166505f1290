package org.traininghub.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Moments and days on pages, as {@code #{dates.moment(...)}}: "3 March 2026, 14:05", in UK time.
 */
@Named
@ApplicationScoped
public class Dates {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.UK).withZone(HubClock.HUB_ZONE);

  public String moment(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  /**
   * A moment for a {@code <time datetime>} attribute: UTC to the millisecond
   * ("2026-03-03T14:05:09.123Z"), as HTML allows at most three digits of a second.
   */
  public String machine(Instant instant) {
    return instant == null ? "" : instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /** A day as "3 March 2026". */
  public String day(java.time.LocalDate date) {
    return date == null ? "" : BritishDates.format(date);
  }
}
