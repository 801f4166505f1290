package org.traininghub.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is making the current web request, as the web container knows them: the boundaries ask this
 * rather than trust an address passed in. (In an EJB, Payara 6 does not see Jakarta Security
 * groups; the web request does.)
 */
@RequestScoped
public class Caller {

  @Inject HttpServletRequest request;

  /** The signed-in person's address (their principal), if anyone is signed in. */
  public Optional<String> email() {
    try {
      Principal principal = request.getUserPrincipal();
      return Optional.ofNullable(principal).map(Principal::getName);
    } catch (RuntimeException noWebRequest) {
      return Optional.empty();
    }
  }

  public boolean isIn(String role) {
    try {
      return request.isUserInRole(role);
    } catch (RuntimeException noWebRequest) {
      return false;
    }
  }
}
