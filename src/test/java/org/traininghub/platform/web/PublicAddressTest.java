package org.traininghub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

  private static final String ORIGIN = "https://hub.example";

  @Test
  void theOriginOfAUrlLeavesOutPathAndDefaultPort() {
    assertEquals(ORIGIN, PublicAddress.originOf("https://Hub.Example:443/x/y?z"));
    assertEquals("http://localhost:8080", PublicAddress.originOf("http://localhost:8080/"));
    assertEquals("", PublicAddress.originOf("null"));
  }

  @Test
  void aFormFromThePortalsOwnPageIsTaken() {
    assertTrue(PublicAddress.sentFrom(ORIGIN, "https://hub.example", null));
    assertTrue(PublicAddress.sentFrom(ORIGIN, null, "https://hub.example/signin.xhtml"));
    assertTrue(PublicAddress.sentFrom(ORIGIN, null, null), "no browser sent it");
  }

  @Test
  void aFormFromAnotherOriginIsRefused() {
    assertFalse(PublicAddress.sentFrom(ORIGIN, "https://evil.example", null));
    assertFalse(PublicAddress.sentFrom(ORIGIN, "null", null));
    assertFalse(PublicAddress.sentFrom(ORIGIN, "http://hub.example", null));
    assertFalse(PublicAddress.sentFrom(ORIGIN, null, "https://hub.example.evil/"));
    assertFalse(
        PublicAddress.sentFrom(ORIGIN, "https://evil.example", "https://hub.example/signin"));
  }
}
