package org.traininghub.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofMinutes(1), 8);

  @Test
  void doublesTheWaitAfterEachFailure() {
    assertEquals(Duration.ofMinutes(1), backoff.after(1));
    assertEquals(Duration.ofMinutes(2), backoff.after(2));
    assertEquals(Duration.ofMinutes(4), backoff.after(3));
    assertEquals(Duration.ofMinutes(64), backoff.after(7));
  }

  @Test
  void neverWaitsMoreThanSixHours() {
    assertEquals(Duration.ofHours(6), backoff.after(10));
    assertEquals(Duration.ofHours(6), backoff.after(1_000));
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    assertFalse(backoff.exhausted(7));
    assertTrue(backoff.exhausted(8));
  }

  @Test
  void refusesNonsense() {
    assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, 3));
    assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(1), 0));
  }

  @Test
  void theMessageIdIsStableAndNamesTheSendersDomain() {
    String id = MessageId.of("verify:1:2", "hub.example");
    assertEquals(id, MessageId.of("verify:1:2", "hub.example"));
    assertTrue(id.matches("<[0-9a-f]{32}@hub\\.example>"), id);
    assertFalse(id.equals(MessageId.of("verify:1:3", "hub.example")));
  }
}
