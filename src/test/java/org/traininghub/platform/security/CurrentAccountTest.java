package org.traininghub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CurrentAccountTest {

  /** A request that only keeps attributes, as the container's does. */
  private static HttpServletRequest request() {
    Map<String, Object> attributes = new HashMap<>();
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            CurrentAccountTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> attributes.get(args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static CurrentAccount of(HttpServletRequest request) {
    CurrentAccount current = new CurrentAccount();
    current.request = request;
    return current;
  }

  @Test
  void nobodyIsSignedInUntilTheMechanismSaysWho() {
    CurrentAccount current = of(request());
    assertFalse(current.isSignedIn());
    assertEquals(Optional.empty(), current.accountId());
    assertFalse(current.isAnyOf(Role.values()));
    assertThrows(EJBAccessException.class, current::id);
    assertThrows(EJBAccessException.class, current::role);
  }

  @Test
  void theCallerIsTheAccountTheMechanismEstablished() {
    HttpServletRequest request = request();
    CurrentAccount.establish(request, new CurrentAccount.Caller(42, Role.PCN_LEAD, 7L));
    CurrentAccount current = of(request);
    assertTrue(current.isSignedIn());
    assertEquals(42, current.id());
    assertEquals(Role.PCN_LEAD, current.role());
    assertTrue(current.is(Role.PCN_LEAD));
    assertFalse(current.isAnyOf(Role.COACH, Role.HUB_ADMIN));
    assertEquals(7L, current.pcnId());
  }

  @Test
  void onlyAPcnLeadHasAPcnToSee() {
    HttpServletRequest request = request();
    CurrentAccount.establish(request, new CurrentAccount.Caller(43, Role.COACH, 7L));
    assertThrows(EJBAccessException.class, () -> of(request).pcnId());
  }

  @Test
  void outsideAWebRequestNobodyIsSignedIn() {
    CurrentAccount current =
        of(
            (HttpServletRequest)
                Proxy.newProxyInstance(
                    CurrentAccountTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class},
                    (proxy, method, args) -> {
                      throw new IllegalStateException("no request is active");
                    }));
    assertFalse(current.isSignedIn());
  }
}
