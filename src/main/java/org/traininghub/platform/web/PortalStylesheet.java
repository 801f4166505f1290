package org.traininghub.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.traininghub.platform.security.Digests;

/**
 * The portal's own stylesheet, {@code /static/css/hub.css}: written into the head of a page for a
 * visitor without a session, linked (with its version in the address) for a signed-in one
 * (layout.xhtml).
 *
 * <p>Linked, the stylesheet raced the page: when the page's HTML was complete before the stylesheet
 * arrived, Chromium laid the whole page out unstyled once (at {@code DOMContentLoaded}) and then
 * again with the styles, and at a phone's speed those two passes were the catalogue's long tasks
 * (docs/performance.md, "Lighthouse"). In the page there is no race and no second request before
 * the first paint, for about 6 KB more a compressed page; that suits the public pages, where most
 * visitors arrive once. A signed-in visitor moves from page to page, and a linked file stays in the
 * browser's cache (and the server writes 29 KB less a page), so signed-in pages link it: {@link
 * #getHref()} carries a digest of the file, so the year-long cache of versioned assets ({@link
 * VersionedAssets}) never serves an old copy, and nobody has to remember to bump a number. The file
 * is read once, on first use, and stays the same until the application is deployed again.
 */
@Named("portalStylesheet")
@ApplicationScoped
public class PortalStylesheet {

  static final String PATH = "/static/css/hub.css";

  private volatile Read read;

  /** The stylesheet's text; it contains no {@code </style}, so it cannot end its element early. */
  public String getText() {
    return read().text();
  }

  /** The stylesheet's address in this application, versioned by a digest of its content. */
  public String getHref() {
    return read().href();
  }

  private Read read() {
    Read known = read;
    if (known == null) {
      known = read(FacesContext.getCurrentInstance().getExternalContext());
      read = known;
    }
    return known;
  }

  private record Read(String text, String href) {}

  private static Read read(ExternalContext context) {
    try (InputStream in = context.getResourceAsStream(PATH)) {
      if (in == null) {
        throw new IllegalStateException(PATH + " is missing from the application");
      }
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (css.toLowerCase(Locale.ROOT).contains("</style")) {
        throw new IllegalStateException(PATH + " would end its <style> element early");
      }
      return new Read(css, context.getRequestContextPath() + PATH + "?v=" + version(css));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first 12 hexadecimal digits of the text's SHA-256. */
  static String version(String css) {
    return Digests.sha256Hex(css).substring(0, 12);
  }
}
