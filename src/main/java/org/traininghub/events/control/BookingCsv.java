package org.traininghub.events.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.traininghub.platform.export.SpreadsheetText;

/**
 * An event's booking list as CSV (RFC 4180, by commons-csv), for a spreadsheet: times in UK time. A
 * value a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage
 * return) is written with a leading apostrophe, so that opening the file runs nothing (OWASP's
 * advice on CSV injection).
 */
public final class BookingCsv {

  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of("Name", "Email", "PCN", "Status", "Asked at", "Seat since", "Attendance");

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.UK).withZone(LondonTime.ZONE);

  /** One person's line. */
  public record Line(
      String name,
      String email,
      String pcn,
      String status,
      Instant requestedAt,
      Instant seatedAt,
      String attendance) {}

  private BookingCsv() {}

  public static String of(List<Line> lines) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter csv =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
      for (Line l : lines) {
        csv.printRecord(
            safe(l.name()),
            safe(l.email()),
            safe(l.pcn()),
            l.status(),
            moment(l.requestedAt()),
            moment(l.seatedAt()),
            l.attendance());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant);
  }

  /** The value, made inert for a spreadsheet if it would start a formula. */
  static String safe(String value) {
    return SpreadsheetText.inert(value);
  }
}
