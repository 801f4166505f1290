package org.traininghub.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {

  private final Dates dates = new Dates();

  @Test
  void aMachineReadableMomentHasAtMostThreeDigitsOfASecond() {
    // MariaDB keeps microseconds; HTML's datetime allows one to three digits
    assertEquals(
        "2026-12-01T23:09:47.834Z", dates.machine(Instant.parse("2026-12-01T23:09:47.834738Z")));
    assertEquals("2026-12-01T23:09:47Z", dates.machine(Instant.parse("2026-12-01T23:09:47Z")));
    assertEquals("", dates.machine(null));
  }

  @Test
  void aMomentIsShownInUkTime() {
    assertEquals("1 July 2026, 13:05", dates.moment(Instant.parse("2026-07-01T12:05:00Z")));
  }
}
