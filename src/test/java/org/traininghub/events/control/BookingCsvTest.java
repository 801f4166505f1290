package org.traininghub.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class BookingCsvTest {

  @Test
  void theCsvParsesBackWithLondonTimesAndNoFormulas() throws IOException {
    String csv =
        BookingCsv.of(
            List.of(
                new BookingCsv.Line(
                    "Ada, \"the\" coach",
                    "ada@example.org",
                    "North PCN",
                    "Booked",
                    Instant.parse("2027-07-01T08:05:00Z"),
                    Instant.parse("2027-07-01T08:05:00Z"),
                    "Attended"),
                new BookingCsv.Line(
                    "=cmd|' /C calc'!A0",
                    "@x",
                    null,
                    "On the waiting list",
                    Instant.parse("2027-01-01T08:05:00Z"),
                    null,
                    "")));
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertEquals(2, rows.size());
    assertEquals("Ada, \"the\" coach", rows.get(0).get("Name"));
    assertEquals("2027-07-01 09:05", rows.get(0).get("Asked at"), "British Summer Time");
    assertEquals("2027-01-01 08:05", rows.get(1).get("Asked at"), "Greenwich Mean Time");
    assertEquals("'=cmd|' /C calc'!A0", rows.get(1).get("Name"));
    assertEquals("'@x", rows.get(1).get("Email"));
    assertEquals("", rows.get(1).get("PCN"));
    assertEquals("", rows.get(1).get("Seat since"));
  }
}
