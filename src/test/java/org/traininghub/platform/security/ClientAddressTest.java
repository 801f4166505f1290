package org.traininghub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private final ClientAddress behindProxy = new ClientAddress("10.0.0.2, 10.0.0.3");

  @Test
  void withoutTrustedProxiesTheConnectionIsTheClient() {
    assertEquals("10.0.0.2", new ClientAddress("").of("10.0.0.2", "203.0.113.9"));
  }

  @Test
  void aTrustedProxysForwardedAddressIsTaken() {
    assertEquals("203.0.113.9", behindProxy.of("10.0.0.2", "203.0.113.9"));
  }

  @Test
  void whatTheClientWroteToTheLeftIsIgnored() {
    assertEquals("203.0.113.9", behindProxy.of("10.0.0.2", "1.2.3.4, 203.0.113.9"));
    assertEquals("203.0.113.9", behindProxy.of("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.3"));
  }

  @Test
  void anUntrustedConnectionCannotClaimAnotherAddress() {
    assertEquals("198.51.100.7", behindProxy.of("198.51.100.7", "1.2.3.4"));
  }

  @Test
  void aTrustedProxyWithoutTheHeaderIsItself() {
    assertEquals("10.0.0.2", behindProxy.of("10.0.0.2", null));
  }
}
