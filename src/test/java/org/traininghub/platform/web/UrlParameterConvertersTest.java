package org.traininghub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The view parameters' converters never fail a request: junk is "not found" or the first page. */
class UrlParameterConvertersTest {

  private final IdConverter ids = new IdConverter();
  private final PageNumberConverter pages = new PageNumberConverter();

  @Test
  void anIdIsItsDigits() {
    assertEquals(42L, ids.getAsObject(null, null, "42"));
    assertEquals(999_999_999_999_999_999L, ids.getAsObject(null, null, "999999999999999999"));
    assertEquals("42", ids.getAsString(null, null, 42L));
  }

  @Test
  void noIdIsNone() {
    assertNull(ids.getAsObject(null, null, null));
    assertNull(ids.getAsObject(null, null, " "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-1", "1.5", "1234567890123456789", "42 ", "<script>"})
  void aJunkIdNamesNothing(String junk) {
    assertEquals(IdConverter.NOTHING, ids.getAsObject(null, null, junk));
  }

  @Test
  void aPageNumberIsUpToSixDigitsAndAnythingElseTheFirstPage() {
    assertEquals(3, pages.getAsObject(null, null, "3"));
    assertEquals(999_999, pages.getAsObject(null, null, "999999"));
    assertNull(pages.getAsObject(null, null, "1000000"));
    assertNull(pages.getAsObject(null, null, "two"));
    assertNull(pages.getAsObject(null, null, null));
    assertEquals("3", pages.getAsString(null, null, 3));
  }
}
