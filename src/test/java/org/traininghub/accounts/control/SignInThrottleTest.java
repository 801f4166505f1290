package org.traininghub.accounts.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private final SignInThrottle throttle = new SignInThrottle(5, 50, Duration.ofSeconds(30));

  private static SignInThrottle.Failures failures(
      long forAccountFromClient, long fromClient, long forAccount, long secondsAgo) {
    return new SignInThrottle.Failures(
        forAccountFromClient, fromClient, forAccount, NOW.minusSeconds(secondsAgo));
  }

  @Test
  void fourFailuresDoNotSlowAnyone() {
    assertFalse(throttle.refuses(failures(4, 4, 4, 0), NOW));
  }

  @Test
  void fiveFailuresFromOnePlaceStopThatPlaceForTheAddress() {
    assertTrue(throttle.refuses(failures(5, 5, 5, 600), NOW));
  }

  @Test
  void manyFailuresFromOnePlaceStopThatPlaceForEveryAddress() {
    assertTrue(throttle.refuses(failures(0, 50, 0, 600), NOW));
  }

  @Test
  void failuresFromElsewhereOnlySlowTheAddressDown() {
    assertTrue(throttle.refuses(failures(0, 0, 5, 10), NOW), "within the pause");
    assertFalse(throttle.refuses(failures(0, 0, 5, 31), NOW), "after the pause");
    assertFalse(throttle.refuses(failures(0, 0, 400, 31), NOW), "however many there were");
  }
}
