package org.traininghub.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Times in UK time on either side of the clock changes of 2027 (28 March and 31 October). */
class EventTimesTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Test
  void tenInTheMorningOnTheDayTheClocksGoForwardIsTen() {
    var start = LocalDateTime.of(2027, 3, 28, 10, 0).atZone(UK).toInstant();
    assertEquals("2027-03-28T09:00:00Z", start.toString(), "British Summer Time: UTC+1");
    assertEquals(
        "Sunday 28 March 2027, 10:00 to 12:00", EventTimes.span(start, start.plusSeconds(7200)));
    assertEquals(LocalDateTime.of(2027, 3, 28, 10, 0), EventTimes.wallClock(start));
  }

  @Test
  void tenInTheMorningOnTheDayTheClocksGoBackIsTen() {
    var start = LocalDateTime.of(2027, 10, 31, 10, 0).atZone(UK).toInstant();
    assertEquals("2027-10-31T10:00:00Z", start.toString(), "Greenwich Mean Time: UTC");
    assertEquals("10:00", EventTimes.time(start));
    assertEquals("Sunday 31 October 2027", EventTimes.day(start));
  }

  @Test
  void anEventOverSeveralDaysNamesBoth() {
    var start = LocalDateTime.of(2027, 4, 2, 9, 30).atZone(UK).toInstant();
    var end = LocalDateTime.of(2027, 4, 3, 16, 0).atZone(UK).toInstant();
    assertEquals(
        "Friday 2 April 2027, 09:30 to Saturday 3 April 2027, 16:00", EventTimes.span(start, end));
  }
}
