package org.traininghub.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.traininghub.platform.validation.Problem;

class LondonTimeTest {

  private final List<Problem> problems = new ArrayList<>();

  private Instant at(String date, String time) {
    return LondonTime.instant(
        "startTime", LocalDate.parse(date), LondonTime.parseTime(time).orElseThrow(), problems);
  }

  @Test
  void tenInTheMorningOnTheDayTheClocksGoForwardIsNineUtc() {
    assertEquals(Instant.parse("2026-03-29T09:00:00Z"), at("2026-03-29", "10:00"));
    assertTrue(problems.isEmpty());
  }

  @Test
  void tenInTheMorningOnTheDayTheClocksGoBackIsTenUtc() {
    assertEquals(Instant.parse("2026-10-25T10:00:00Z"), at("2026-10-25", "10:00"));
    assertTrue(problems.isEmpty());
  }

  @Test
  void summerAndWinterTimesShowAsTheyWereTyped() {
    assertEquals("10:00", LondonTime.time(Instant.parse("2026-03-29T09:00:00Z")));
    assertEquals("10:00", LondonTime.time(Instant.parse("2026-10-25T10:00:00Z")));
    assertEquals(LocalDate.of(2026, 6, 1), LondonTime.date(Instant.parse("2026-05-31T23:30:00Z")));
  }

  @Test
  void aTimeInTheSpringGapIsRefusedWithTheReason() {
    assertNull(at("2026-03-29", "01:30"));
    assertEquals("startTime", problems.get(0).field());
    assertEquals(
        "There is no 01:30 on 29 March 2026: the clocks go forward from 01:00 to 02:00."
            + " Choose a time from 02:00 on.",
        problems.get(0).message());
  }

  @Test
  void aTimeThatHappensTwiceInTheAutumnIsRefusedWithTheReason() {
    assertNull(at("2026-10-25", "01:15"));
    assertEquals(
        "01:15 happens twice on 25 October 2026: the clocks go back from 02:00 to 01:00."
            + " Choose a time outside 01:00 to 02:00.",
        problems.get(0).message());
  }

  @Test
  void timesAreReadAsPeopleTypeThem() {
    assertEquals(LocalTime.of(9, 30), LondonTime.parseTime("9:30").orElseThrow());
    assertEquals(LocalTime.of(9, 30), LondonTime.parseTime("09.30").orElseThrow());
    assertEquals(LocalTime.of(14, 5), LondonTime.parseTime("1405").orElseThrow());
    assertTrue(LondonTime.parseTime("25:00").isEmpty());
    assertTrue(LondonTime.parseTime("noon").isEmpty());
  }
}
