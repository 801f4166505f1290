package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.traininghub.accounts.control.NextPage;
import org.traininghub.accounts.control.SignedInSession;
import org.traininghub.accounts.entity.Account;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.web.SecurityHeaders;

/**
 * How the portal knows who is signed in. Signing in ({@link SignIn}) checks the password and gives
 * a new session, which keeps only a {@link SignedInSession}; each later request is that person's as
 * long as the account still exists and its sessions have not been ended since (a changed or reset
 * password, a confirmed new address: see {@link Account#endSessions}). That is read from the
 * database, so a session ends on every instance at once.
 *
 * <p>Someone who is not signed in and asks for a page that needs it is sent to {@code
 * /signin.xhtml?next=<the page>} without getting a session; a form sent after the session ended
 * goes there too, with {@code ended=true} so that the page says why.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_KEY = SignedInSession.class.getName();

  @PersistenceContext EntityManager em;

  @Inject IdentityStoreHandler identityStores;

  @Inject HubSettings hub;

  @Inject Clock clock;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential =
        context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
    if (credential != null) {
      return signIn(request, context, credential);
    }
    if (isResource(request) && !context.isProtected()) {
      return context.doNothing(); // style sheets and scripts are the same for everyone
    }
    Optional<SignedInSession> signedIn = current(request);
    if (signedIn.isPresent()) {
      return context.notifyContainerAboutLogin(
          signedIn.get().principal(), java.util.Set.of(signedIn.get().role()));
    }
    if (context.isProtected()) {
      return toSignIn(request, response);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session at every sign-in: an id planted or seen before cannot ride along.
    HttpSession before = request.getSession(false);
    if (before != null) {
      before.invalidate();
    }
    SignedInSession signedIn =
        new SignedInSession(
            Long.parseLong(result.getCallerPrincipal().getName()),
            result.getCallerGroups().iterator().next(),
            clock.instant().truncatedTo(ChronoUnit.MICROS));
    request.getSession(true).setAttribute(SESSION_KEY, signedIn);
    check(signedIn).ifPresent(row -> establish(request, signedIn, row));
    return context.notifyContainerAboutLogin(result);
  }

  /** The session's person, if it has one and the account's sessions have not been ended since. */
  private Optional<SignedInSession> current(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    SignedInSession signedIn;
    try {
      signedIn = (SignedInSession) session.getAttribute(SESSION_KEY);
    } catch (IllegalStateException invalidatedMeanwhile) {
      return Optional.empty();
    }
    if (signedIn == null) {
      return Optional.empty();
    }
    Optional<Object[]> row = check(signedIn);
    if (row.isEmpty() || !signedIn.validAfter((Instant) row.get()[0])) {
      invalidate(session);
      return Optional.empty();
    }
    establish(request, signedIn, row.get());
    return Optional.of(signedIn);
  }

  /** The account's {@link Account#SESSION_CHECK} row; empty when the account is gone. */
  private Optional<Object[]> check(SignedInSession signedIn) {
    return em.createNamedQuery(Account.SESSION_CHECK, Object[].class)
        .setParameter("id", signedIn.accountId())
        .getResultStream()
        .findFirst();
  }

  /** Tells {@link CurrentAccount} who makes this request, and their PCN from the same row. */
  private static void establish(
      HttpServletRequest request, SignedInSession signedIn, Object[] row) {
    Role.named(signedIn.role())
        .ifPresent(
            role ->
                CurrentAccount.establish(
                    request, new CurrentAccount.Caller(signedIn.accountId(), role, (Long) row[1])));
  }

  /**
   * Sends the visitor to sign in, naming the page to come back to; no session is made. A form
   * posted here (its session ended) comes back to the page the form was on.
   */
  private AuthenticationStatus toSignIn(HttpServletRequest request, HttpServletResponse response) {
    boolean post = "POST".equals(request.getMethod());
    String requested =
        request.getRequestURI().substring(request.getContextPath().length())
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    String next =
        (post
                ? NextPage.fromReferer(request.getHeader("Referer"), hub.getPublicBaseUrl())
                : Optional.<String>empty())
            .or(() -> NextPage.local(requested))
            .orElse("/");
    String location =
        hub.absolute(
            "/signin.xhtml?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8)
                + (post ? "&ended=true" : ""));
    SecurityHeaders.apply(request, response);
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // A Faces ajax request follows a redirect only when told so in its own answer.
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      try {
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;")
                    + "\"/></partial-response>");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      response.setStatus(post ? HttpServletResponse.SC_SEE_OTHER : HttpServletResponse.SC_FOUND);
      response.setHeader("Location", location);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /**
   * The signed-in caller ended the account's other sessions at {@code since} (by changing the
   * password): their own session carries on from that moment, under a new id.
   */
  public static void carryOn(HttpServletRequest request, Instant since) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedInSession s) {
      session.setAttribute(SESSION_KEY, s.renewedAt(since));
      request.changeSessionId();
    }
  }

  private static boolean isResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/static/");
  }

  private static void invalidate(HttpSession session) {
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyInvalid) {
      // another request of the same session got there first
    }
  }
}
