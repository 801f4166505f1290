package org.traininghub.platform.security;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling: the one answer every component asks (pages, facades, the audit log), rather than
 * trust an id passed in. The principal is the account id, never the address: an address can change
 * hands, an id never does.
 *
 * <p>The sign-in mechanism ({@code accounts.boundary.SessionAuthentication}) {@linkplain #establish
 * establishes} it once per request, in the check of the session against the database that every
 * signed-in request makes anyway; a PCN lead's PCN is read in that same query. Outside a web
 * request (timers, asynchronous work) nobody is signed in.
 */
@Named
@RequestScoped
public class CurrentAccount {

  private static final String ATTRIBUTE = CurrentAccount.class.getName();

  /** The signed-in caller: their account id, role, and PCN (a PCN lead's or a coach's; or none). */
  public record Caller(long id, Role role, Long pcnId) implements Serializable {

    public Caller {
      Objects.requireNonNull(role, "role");
    }
  }

  @Inject HttpServletRequest request;

  /** Records who makes {@code request}; called by the sign-in mechanism only. */
  public static void establish(HttpServletRequest request, Caller caller) {
    request.setAttribute(ATTRIBUTE, caller);
  }

  /** Who makes {@code request}, for code that has the request rather than a bean (filters). */
  public static Optional<Caller> of(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof Caller caller
        ? Optional.of(caller)
        : Optional.empty();
  }

  /** The caller, if someone is signed in. */
  public Optional<Caller> caller() {
    try {
      return of(request);
    } catch (RuntimeException noWebRequest) {
      return Optional.empty();
    }
  }

  public boolean isSignedIn() {
    return caller().isPresent();
  }

  /** The caller's account id, if someone is signed in. */
  public Optional<Long> accountId() {
    return caller().map(Caller::id);
  }

  /**
   * The caller's account id.
   *
   * @throws EJBAccessException when nobody is signed in
   */
  public long id() {
    return signedIn().id();
  }

  /**
   * The caller's role.
   *
   * @throws EJBAccessException when nobody is signed in
   */
  public Role role() {
    return signedIn().role();
  }

  /**
   * Whether someone is signed in with {@code role} (for pages: {@code currentAccount.is('COACH')}).
   */
  public boolean is(Role role) {
    return isAnyOf(role);
  }

  /** Whether someone is signed in with one of {@code roles}. */
  public boolean isAnyOf(Role... roles) {
    return caller().map(c -> Arrays.asList(roles).contains(c.role())).orElse(false);
  }

  /**
   * The PCN a PCN lead leads.
   *
   * @throws EJBAccessException when the caller is not a PCN lead with a PCN
   */
  public long pcnId() {
    Caller caller = signedIn();
    if (caller.role() != Role.PCN_LEAD || caller.pcnId() == null) {
      throw new EJBAccessException("Only a PCN lead with a PCN has a PCN to see");
    }
    return caller.pcnId();
  }

  private Caller signedIn() {
    return caller().orElseThrow(() -> new EJBAccessException("Nobody is signed in"));
  }
}
