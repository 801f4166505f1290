package org.traininghub.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BritishDatesTest {

  @Nested
  class Formatting {

    @Test
    void dateIsWrittenTheNhsWay() {
      assertEquals("3 March 2026", BritishDates.format(LocalDate.of(2026, 3, 3)));
    }

    @Test
    void dayHasNoLeadingZero() {
      assertEquals("1 June 2027", BritishDates.format(LocalDate.of(2027, 6, 1)));
    }

    @ParameterizedTest
    @CsvSource({"1, 31 January 2027", "9, 30 September 2027", "12, 31 December 2027"})
    void monthIsWrittenInFull(int month, String written) {
      LocalDate date =
          LocalDate.of(2027, month, 1).withDayOfMonth(LocalDate.of(2027, month, 1).lengthOfMonth());

      assertEquals(written, BritishDates.format(date));
    }

    @Test
    void noDateIsWrittenAsNothing() {
      assertEquals("", BritishDates.format(null));
    }
  }

  @Nested
  class Parsing {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "2027-03-31    | 2027-03-31",
          "31/03/2027    | 2027-03-31",
          "31/3/2027     | 2027-03-31",
          "1/4/2027      | 2027-04-01",
          "01/04/2027    | 2027-04-01",
          "31 March 2027 | 2027-03-31",
          "31 Mar 2027   | 2027-03-31",
          "1 June 2027   | 2027-06-01",
          "1 Jun 2027    | 2027-06-01"
        })
    void acceptedFormsAreRead(String text, LocalDate date) {
      assertEquals(Optional.of(date), BritishDates.parse(text));
    }

    @Test
    void slashedDatesAreDayFirst() {
      assertEquals(Optional.of(LocalDate.of(2027, 3, 4)), BritishDates.parse("04/03/2027"));
    }

    @Test
    void americanMonthFirstDateIsNotRead() {
      assertEquals(Optional.empty(), BritishDates.parse("03/31/2027"));
    }

    @Test
    void spacesAroundTheDateAreIgnored() {
      assertEquals(Optional.of(LocalDate.of(2027, 3, 31)), BritishDates.parse("  31/03/2027\t"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void nothingTypedIsNoDate(String text) {
      assertEquals(Optional.empty(), BritishDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "31/02/2027",
          "29/02/2027",
          "31 April 2027",
          "32 March 2027",
          "2027-13-01",
          "0/1/2027"
        })
    void impossibleDatesAreRefused(String text) {
      assertEquals(Optional.empty(), BritishDates.parse(text));
    }

    @Test
    void leapDayIsReadInALeapYear() {
      assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), BritishDates.parse("29/02/2028"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/3/27", "31 March 27", "27-03-31"})
    void twoDigitYearsAreRefusedRatherThanGuessed(String text) {
      assertEquals(Optional.empty(), BritishDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "next Tuesday",
          "2027/03/31",
          "31.03.2027",
          "March 31, 2027",
          "31-03-2027",
          "31 Mars 2027"
        })
    void otherFormsAreRefused(String text) {
      assertEquals(Optional.empty(), BritishDates.parse(text));
    }

    @ParameterizedTest
    @EnumSource(Month.class)
    void formattedDateReadsBackAsTheSameDate(Month month) {
      LocalDate date = LocalDate.of(2027, month, 14);

      assertEquals(Optional.of(date), BritishDates.parse(BritishDates.format(date)));
    }

    @ParameterizedTest
    @CsvSource({
      "Jan, 1", "Feb, 2", "Apr, 4", "May, 5", "Jul, 7", "Aug, 8", "Oct, 10", "Nov, 11", "Dec, 12"
    })
    void threeLetterMonthAbbreviationsAreRead(String month, int number) {
      assertEquals(
          Optional.of(LocalDate.of(2027, number, 14)), BritishDates.parse("14 " + month + " 2027"));
    }

    @Test
    void septemberAbbreviatedAsSepIsRead() {
      assertEquals(Optional.of(LocalDate.of(2027, 9, 30)), BritishDates.parse("30 Sep 2027"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 march 2027", "31 MARCH 2027", "31 mar 2027"})
    void monthNamesAreReadWhateverTheirCase(String text) {
      assertEquals(Optional.of(LocalDate.of(2027, 3, 31)), BritishDates.parse(text));
    }
  }
}
