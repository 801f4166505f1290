package org.traininghub.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;
import org.traininghub.platform.config.HubSettings;

/**
 * The portal answers as its public address ({@code hub.public-base-url}), whatever a request
 * claims: a malformed {@code Host} header is refused (400); a form sent from a page of another
 * origin is refused (403: login CSRF and its kin); and redirects name the public address, never the
 * request's {@code Host}. Its place in the filter chain (after {@code SecurityHeaders}) is set in
 * web.xml.
 */
@WebFilter(filterName = "PublicAddress")
public class PublicAddress extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Set on a request refused as sent from another site; the 403 page says so. */
  public static final String CROSS_SITE = "org.traininghub.crossSiteForm";

  /** A host name or an IPv4 or bracketed IPv6 address, and an optional port. */
  private static final Pattern HOST =
      Pattern.compile(
          "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9-]{1,63})*\\.?|\\[[0-9A-Fa-f:.]+\\])"
              + "(?::[0-9]{1,5})?");

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  /**
   * The addresses another site may POST to, because a forged request there can do no harm: the
   * newsletter's sign-up (its only effect is a confirmation mail, limited per hour, and nothing
   * starts until the address's owner follows it), for the sign-up form on the hub's own website;
   * and the RFC 8058 one-click unsubscribe, which a mail program (or a webmail page) sends without
   * cookies and which is authenticated by the signed link in its query, not by where it came from.
   */
  static final Set<String> OPEN_TO_OTHER_SITES =
      Set.of("/api/subscriptions", "/api/subscriptions/unsubscribe");

  @Inject transient HubSettings hub;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String host = request.getHeader("Host");
    if (host != null && !HOST.matcher(host).matches()) {
      // Not through an error page: pages are not rendered for a request that names no host.
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("Bad request: the Host header is not a host name.\n");
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod())
        && !OPEN_TO_OTHER_SITES.contains(
            request.getRequestURI().substring(request.getContextPath().length()))
        && !sentFrom(
            originOf(hub.getPublicBaseUrl()),
            request.getHeader("Origin"),
            request.getHeader("Referer"))) {
      request.setAttribute(CROSS_SITE, Boolean.TRUE);
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, new PublicRedirects(request, response, hub));
  }

  /**
   * Whether a request with these {@code Origin} and {@code Referer} headers was sent from a page of
   * {@code origin}. Browsers send {@code Origin} with every form POST ({@code null} from an opaque
   * origin); a client that sends neither is no browser, so cannot be made to sign in by another
   * site.
   */
  static boolean sentFrom(String origin, String originHeader, String referer) {
    if (originHeader != null) {
      return origin.equals(originOf(originHeader));
    }
    return referer == null || origin.equals(originOf(referer));
  }

  /** {@code scheme://host[:port]} of a URL, the port left out when it is the scheme's own. */
  static String originOf(String url) {
    try {
      URI uri = URI.create(url.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "";
      }
      String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || (scheme.equals("http") && port == 80)
              || (scheme.equals("https") && port == 443);
      return scheme
          + "://"
          + uri.getHost().toLowerCase(java.util.Locale.ROOT)
          + (defaultPort ? "" : ":" + port);
    } catch (IllegalArgumentException notAUrl) {
      return "";
    }
  }

  /** Redirects to a path of the portal become redirects to its public address. */
  private static final class PublicRedirects extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private final HubSettings hub;

    PublicRedirects(HttpServletRequest request, HttpServletResponse response, HubSettings hub) {
      super(response);
      this.request = request;
      this.hub = hub;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      super.sendRedirect(publicLocation(location));
    }

    private String publicLocation(String location) {
      try {
        URI target = URI.create(request.getRequestURI()).resolve(location);
        if (target.getScheme() != null || target.getRawAuthority() != null) {
          return location;
        }
        String path = target.toString();
        String context = request.getContextPath();
        return path.startsWith(context + "/")
            ? hub.absolute(path.substring(context.length()))
            : location;
      } catch (IllegalArgumentException notAUri) {
        return location;
      }
    }
  }
}
