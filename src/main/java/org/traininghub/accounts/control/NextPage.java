package org.traininghub.accounts.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page to go on to after signing in ({@code /signin.xhtml?next=...}): only ever a path of the
 * portal itself, so that a link cannot send someone who signs in to another site.
 */
public final class NextPage {

  static final int MAX_LENGTH = 1000;

  /** A path of the portal: starts with one slash, then only URL characters (no backslash). */
  private static final Pattern LOCAL =
      Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@/%?]*");

  private NextPage() {}

  /** {@code value} when it is a path of the portal (with its query), else empty. */
  public static Optional<String> local(String value) {
    if (value == null || value.length() > MAX_LENGTH || !LOCAL.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(value);
      if (uri.getScheme() != null || uri.getRawAuthority() != null) {
        return Optional.empty();
      }
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /**
   * The page a request came from ({@code Referer}), as a path of the portal, when it is one of the
   * portal's pages: {@code baseUrl} is the portal's public address, ending in a slash.
   */
  public static Optional<String> fromReferer(String referer, String baseUrl) {
    if (referer == null || !referer.startsWith(baseUrl)) {
      return Optional.empty();
    }
    String path = "/" + referer.substring(baseUrl.length());
    int fragment = path.indexOf('#');
    return local(fragment < 0 ? path : path.substring(0, fragment));
  }
}
