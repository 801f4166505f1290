package org.traininghub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.traininghub.platform.security.CurrentAccount;

/**
 * Headers every response carries: a Content Security Policy, no framing by other sites, no MIME
 * sniffing, no leaky referrers, no powerful browser features.
 *
 * <p>The policy loads everything from the portal itself and nothing from elsewhere. Scripts and
 * styles may be inline, because Faces and PrimeFaces render inline handlers and styles; the defence
 * against injected script is that every value is escaped on output and names refuse markup (see
 * docs/security.md).
 */
@WebFilter(filterName = "SecurityHeaders", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "frame-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'self'");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  /**
   * Sets the headers on {@code response}: for answers this filter does not see (the sign-in
   * redirect, a response reset after an error). Anything signed in or behind a sign-in is {@code
   * Cache-Control: no-store}, so that no browser or proxy keeps personal data.
   */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (notPublic(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
  }

  /** Whether the answer may hold personal data: someone is signed in, or the page needs it. */
  static boolean notPublic(HttpServletRequest request) {
    if (CurrentAccount.of(request).isPresent()) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return PRIVATE_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }

  private static final java.util.List<String> PRIVATE_PATHS =
      java.util.List.of("/account", "/pcn", "/admin", "/verify");
}
