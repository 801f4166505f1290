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

  /**
   * The signed-in person's account id, if anyone is signed in. The principal is the id, not the
   * address: an address can change hands, an id never does.
   */
  public Optional<Long> accountId() {
    try {
      return accountIdOf(request.getUserPrincipal());
    } catch (RuntimeException noWebRequest) {
      return Optional.empty();
    }
  }

  /** The account id a principal names, if it names one. */
  public static Optional<Long> accountIdOf(Principal principal) {
    if (principal == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.valueOf(principal.getName()));
    } catch (NumberFormatException notAnAccount) {
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
