package org.traininghub.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.traininghub.events.control.SeriesDates.Repeat;
import org.traininghub.platform.validation.Problem;

class SeriesDatesTest {

  private final List<Problem> problems = new ArrayList<>();

  @Test
  void everyMonthKeepsTheDateAndTheLastDayOfShortMonths() {
    assertEquals(
        List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31)),
        SeriesDates.of(LocalDate.of(2027, 1, 31), Repeat.MONTHLY, "3", null, problems));
  }

  @Test
  void everyWeek() {
    assertEquals(
        List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 12)),
        SeriesDates.of(LocalDate.of(2027, 1, 5), Repeat.WEEKLY, " 2 ", null, problems));
  }

  @Test
  void listedDatesAreSortedWithTheFirstAndEachOnce() {
    assertEquals(
        List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 9)),
        SeriesDates.of(
            LocalDate.of(2027, 1, 5),
            Repeat.DATES,
            null,
            "09/03/2027\n2027-02-01, 05/01/2027",
            problems));
    assertTrue(problems.isEmpty());
  }

  @Test
  void aCountOutsideTwoToTwentyFourOrAnUnreadableDateIsNamed() {
    assertTrue(
        SeriesDates.of(LocalDate.of(2027, 1, 5), Repeat.WEEKLY, "30", null, problems).isEmpty());
    assertEquals("repeatTimes", problems.get(0).field());
    SeriesDates.of(LocalDate.of(2027, 1, 5), Repeat.DATES, null, "31/02/2027\nsoon", problems);
    assertEquals("repeatDates", problems.get(1).field());
    assertTrue(problems.get(1).message().contains("31/02/2027, soon"), problems.get(1).message());
  }

  @Test
  void onceIsTheDateAlone() {
    assertEquals(
        List.of(LocalDate.of(2027, 1, 5)),
        SeriesDates.of(LocalDate.of(2027, 1, 5), Repeat.NONE, "x", "y", problems));
  }
}
