package org.traininghub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkTokensTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void anIssuedSecretIsUrlSafeRandomAndStoredOnlyAsItsSha256() {
    LinkTokens.Issued one = LinkTokens.issue();
    LinkTokens.Issued two = LinkTokens.issue();
    assertTrue(one.secret().matches("[A-Za-z0-9_-]{43}"), one.secret());
    assertNotEquals(one.secret(), two.secret());
    assertEquals(Digests.sha256Hex(one.secret()), one.hash());
    assertFalse(one.hash().contains(one.secret()));
  }

  @Test
  void aSecretOpensOnlyItsOwnHash() {
    LinkTokens.Issued issued = LinkTokens.issue();
    assertTrue(LinkTokens.matches(issued.secret(), issued.hash()));
    assertTrue(
        LinkTokens.matches(" " + issued.secret() + "\n", issued.hash()), "copied with space");
    assertFalse(LinkTokens.matches(LinkTokens.issue().secret(), issued.hash()));
    assertFalse(LinkTokens.matches(issued.secret(), null));
    assertFalse(LinkTokens.matches(null, issued.hash()));
  }

  @Test
  void whatCannotBeASecretIsNotLookedUp() {
    assertEquals(Optional.empty(), LinkTokens.lookupHash(null));
    assertEquals(Optional.empty(), LinkTokens.lookupHash("  "));
    assertEquals(Optional.empty(), LinkTokens.lookupHash("x".repeat(LinkTokens.MAX_LENGTH + 1)));
    assertEquals(Optional.of(Digests.sha256Hex("abc")), LinkTokens.lookupHash(" abc "));
  }

  @Test
  void aLinkIsRefusedOnceUsedOrAtItsExpiry() {
    Instant expiry = NOW.plus(Duration.ofHours(1));
    assertNull(LinkTokens.refusal(expiry, null, NOW));
    assertEquals(LinkTokens.EXPIRED, LinkTokens.refusal(expiry, null, expiry));
    assertEquals(LinkTokens.USED, LinkTokens.refusal(expiry, NOW, NOW));
  }

  @Test
  void aFeedAddressWithoutExpiryLastsUntilReplaced() {
    assertNull(LinkTokens.refusal(null, null, NOW.plus(Duration.ofDays(3650))));
  }
}
