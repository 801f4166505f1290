package org.traininghub.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedLinkTest {

  private final SignedLink links = new SignedLink(key((byte) 1));

  private static byte[] key(byte fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, fill);
    return key;
  }

  @Test
  void aLinkVerifiesForItsOwnSubscriberAndAddress() {
    String link = links.sign(42, "ann@example.org");
    assertEquals(Optional.of(42L), SignedLink.id(link));
    assertTrue(links.verifies(link, 42, "ann@example.org"));
  }

  @Test
  void anotherIdWithTheSameSignatureIsRefused() {
    String link = links.sign(42, "ann@example.org");
    String forged = "43" + link.substring(link.indexOf('.'));
    assertFalse(links.verifies(forged, 43, "bob@example.org"));
  }

  @Test
  void theSameIdAtAnotherAddressIsRefused() {
    assertFalse(links.verifies(links.sign(42, "ann@example.org"), 42, "new@example.org"));
  }

  @Test
  void aChangedSignatureIsRefused() {
    String link = links.sign(42, "ann@example.org");
    char last = link.charAt(link.length() - 1);
    String changed = link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertFalse(links.verifies(changed, 42, "ann@example.org"));
  }

  @Test
  void anotherKeyMakesAnotherLink() {
    assertFalse(new SignedLink(key((byte) 2)).verifies(links.sign(42, "a@b.org"), 42, "a@b.org"));
  }

  @Test
  void whatIsNotALinkNamesNoSubscriber() {
    assertEquals(Optional.empty(), SignedLink.id(null));
    assertEquals(Optional.empty(), SignedLink.id("no-dot"));
    assertEquals(Optional.empty(), SignedLink.id(".abc"));
    assertEquals(Optional.empty(), SignedLink.id("x1.abc"));
    assertEquals(Optional.empty(), SignedLink.id("1".repeat(90) + ".abc"));
  }

  @Test
  void anAddressCodeIsTheSameEachTimeAndNeedsTheKey() {
    assertEquals(links.digest("a@b.org"), links.digest("a@b.org"));
    assertNotEquals(links.digest("a@b.org"), links.digest("c@b.org"));
    assertNotEquals(links.digest("a@b.org"), new SignedLink(key((byte) 2)).digest("a@b.org"));
    assertFalse(links.digest("a@b.org").contains("a@b.org"));
  }
}
