package org.traininghub.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

  private static String only(List<Problem> problems) {
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0).message();
  }

  @Test
  void optionalTextMayBeBlankButNotTooLong() {
    assertTrue(PlainText.line("practice", "Practice", null, 10).isEmpty());
    assertTrue(PlainText.line("practice", "Practice", " ", 10).isEmpty());
    assertTrue(PlainText.line("practice", "Practice", " " + "x".repeat(10) + " ", 10).isEmpty());
    assertEquals(
        "Practice must be 10 characters or fewer",
        only(PlainText.line("practice", "Practice", "x".repeat(11), 10)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<b>Ann</b>", "Ann > Bob", "Ann\u0000", "Ann\nBcc", "Ann\u007f"})
  void aLineRefusesMarkupAndControlCharacters(String line) {
    assertEquals(
        "Practice must not contain < or > or control characters",
        only(PlainText.line("practice", "Practice", line, 100)));
  }

  @Test
  void longerTextMayBreakLinesButNotHoldOtherControlCharacters() {
    assertFalse(PlainText.hasUnshowable("One line\r\nand\tanother <b>shown as text</b>"));
    assertTrue(PlainText.hasUnshowable("bell\u0007"));
    assertTrue(PlainText.hasUnshowable("escape\u001b[31m"));
  }
}
