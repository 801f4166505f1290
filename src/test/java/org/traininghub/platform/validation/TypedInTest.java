package org.traininghub.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedInTest {

  @Test
  void readableValuesAreRead() {
    TypedIn typed = new TypedIn();
    assertEquals(new BigDecimal("4.5"), typed.decimal("days", " 4.5 ", "not a number"));
    assertEquals(8, typed.wholeNumber("weeks", "8", "not a number"));
    assertEquals(LocalDate.of(2027, 3, 31), typed.date("until", "2027-03-31", "not a date"));
    assertEquals(LocalDate.of(2027, 3, 31), typed.date("until", "31/03/2027", "not a date"));
    assertNull(typed.decimal("days", "  ", "not a number"), "blank is not a problem here");
    assertTrue(typed.problems().isEmpty());
  }

  @Test
  void anUnreadableValueIsOneProblemAmongTheRulesProblems() {
    TypedIn typed = new TypedIn();
    assertNull(typed.decimal("lengthHours", "abc", "Length in hours must be a number"));
    assertNull(typed.wholeNumber("weeks", "4.5", "Weeks must be a whole number"));
    assertNull(typed.date("until", "31/02/2027", "Enter a real date"));
    List<Problem> all =
        typed.and(
            List.of(
                new Problem("title", "Enter a title"),
                new Problem("lengthHours", "Enter the programme length in hours"),
                new Problem("provider", "Enter the provider")));
    assertEquals(
        List.of(
            new Problem("lengthHours", "Length in hours must be a number"),
            new Problem("weeks", "Weeks must be a whole number"),
            new Problem("until", "Enter a real date"),
            new Problem("title", "Enter a title"),
            new Problem("provider", "Enter the provider")),
        all,
        "the rules' word on a field that could not be read is left out");
  }

  @Test
  void valuesAreShownAsTheyWouldBeTyped() {
    assertEquals("4.5", TypedIn.text(new BigDecimal("4.50")));
    assertEquals("60", TypedIn.text(new BigDecimal("6E+1")));
    assertEquals("2027-03-31", TypedIn.text(LocalDate.of(2027, 3, 31)));
    assertNull(TypedIn.text(null));
  }
}
