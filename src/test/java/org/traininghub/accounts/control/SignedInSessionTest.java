package org.traininghub.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignedInSessionTest {

  private static final Instant SIGNED_IN = Instant.parse("2026-12-01T10:00:00.000001Z");
  private final SignedInSession session = new SignedInSession(42, "coach", SIGNED_IN);

  @Test
  void aSessionCountsWhileTheAccountsSessionsWereNeverEnded() {
    assertTrue(session.validAfter(null));
  }

  @Test
  void aSessionSignedInBeforeTheSessionsWereEndedIsOver() {
    assertFalse(session.validAfter(SIGNED_IN.plusNanos(1000)));
    assertTrue(session.validAfter(SIGNED_IN.minusSeconds(1)));
  }

  @Test
  void theSessionThatEndedTheOthersCarriesOn() {
    Instant changed = SIGNED_IN.plusSeconds(60);
    assertTrue(session.renewedAt(changed).validAfter(changed));
  }

  @Test
  void theContainerKnowsThePersonByTheirAccountId() {
    assertEquals("42", session.principal());
  }
}
