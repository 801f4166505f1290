package org.traininghub.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LengthsTest {

  @ParameterizedTest
  @CsvSource({"4, 4 days", "2, 2 days", "0.5, 0.5 days", "4.5, 4.5 days", "10, 10 days"})
  void daysAreCountedInThePlural(String days, String said) {
    assertEquals(said, Lengths.describe(new BigDecimal(days), null));
  }

  @ParameterizedTest
  @CsvSource({"1, 1 day", "1.0, 1 day", "1.00, 1 day"})
  void oneDayIsSingular(String days, String said) {
    assertEquals(said, Lengths.describe(new BigDecimal(days), null));
  }

  @ParameterizedTest
  @CsvSource({"5, 5 hours", "1, 1 hour", "1.5, 1.5 hours", "0.5, 0.5 hours"})
  void hoursAloneAreCountedInHours(String hours, String said) {
    assertEquals(said, Lengths.describe(null, new BigDecimal(hours)));
  }

  @Test
  void daysAndHoursTogetherGiveTheHoursInBrackets() {
    assertEquals("4 days (28 hours)", Lengths.describe(new BigDecimal("4"), new BigDecimal("28")));
  }

  @Test
  void oneDayOfOneHourIsSingularTwice() {
    assertEquals("1 day (1 hour)", Lengths.describe(BigDecimal.ONE, BigDecimal.ONE));
  }

  @Test
  void noLengthIsDescribedAsNothing() {
    assertEquals("", Lengths.describe(null, null));
  }

  @ParameterizedTest
  @CsvSource({"4.0, 4 days", "4.50, 4.5 days", "28.0, 28 days"})
  void trailingZerosAreNotShown(String days, String said) {
    assertEquals(said, Lengths.describe(new BigDecimal(days), null));
  }

  @ParameterizedTest
  @CsvSource({"10.0, 10 days", "40, 40 days", "4E+1, 40 days", "60.0, 60 days"})
  void roundNumbersAreWrittenOutNotInScientificNotation(String days, String said) {
    assertEquals(said, Lengths.describe(new BigDecimal(days), null));
  }

  @Test
  void hoursAsStoredWithOneDecimalPlaceReadNaturally() {
    // The database keeps one decimal place, so 500 hours comes back as 500.0.
    assertEquals(
        "3 days (500 hours)", Lengths.describe(new BigDecimal("3.0"), new BigDecimal("500.0")));
  }
}
