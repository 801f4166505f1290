package org.traininghub.platform.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Dates the way the NHS writes them ("3 March 2026"), and the forms people type them in. */
public final class BritishDates {

  public static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  /** Three-letter months as people write them: Java's UK locale wants "Sept". */
  private static final Map<Long, String> SHORT_MONTHS =
      Map.ofEntries(
          Map.entry(1L, "Jan"),
          Map.entry(2L, "Feb"),
          Map.entry(3L, "Mar"),
          Map.entry(4L, "Apr"),
          Map.entry(5L, "May"),
          Map.entry(6L, "Jun"),
          Map.entry(7L, "Jul"),
          Map.entry(8L, "Aug"),
          Map.entry(9L, "Sep"),
          Map.entry(10L, "Oct"),
          Map.entry(11L, "Nov"),
          Map.entry(12L, "Dec"));

  private static final List<DateTimeFormatter> ACCEPTED =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("d MMMM uuuu")
              .toFormatter(Locale.UK),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("d ")
              .appendText(ChronoField.MONTH_OF_YEAR, SHORT_MONTHS)
              .appendPattern(" uuuu")
              .toFormatter(Locale.UK));

  private BritishDates() {}

  public static String format(LocalDate date) {
    return date == null ? "" : LONG.format(date);
  }

  /** Reads 2027-03-31, 31/03/2027, 31 March 2027 or 31 Mar 2027. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String trimmed = text.trim();
    for (DateTimeFormatter format : ACCEPTED) {
      try {
        return Optional.of(
            LocalDate.parse(trimmed, format.withResolverStyle(ResolverStyle.STRICT)));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
