package org.traininghub.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The portal's own stylesheet, {@code /static/css/hub.css}, as text for a {@code <style>} element
 * in the head of every page (layout.xhtml).
 *
 * <p>Linked, the stylesheet raced the page: when the page's HTML was complete before the stylesheet
 * arrived, Chromium laid the whole page out unstyled once (at {@code DOMContentLoaded}) and then
 * again with the styles, and at a phone's speed those two passes were the catalogue's long tasks
 * (docs/performance.md, "Lighthouse"). In the page there is no race and no second request before
 * the first paint; it adds about 6 KB to a compressed page. The file is read once, on first use,
 * and stays the same until the application is deployed again.
 */
@Named("inlineStylesheet")
@ApplicationScoped
public class InlineStylesheet {

  static final String PATH = "/static/css/hub.css";

  private volatile String text;

  /** The stylesheet's text; it contains no {@code </style}, so it cannot end its element early. */
  public String getText() {
    String read = text;
    if (read == null) {
      read = read(FacesContext.getCurrentInstance());
      text = read;
    }
    return read;
  }

  private static String read(FacesContext faces) {
    try (InputStream in = faces.getExternalContext().getResourceAsStream(PATH)) {
      if (in == null) {
        throw new IllegalStateException(PATH + " is missing from the application");
      }
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (css.toLowerCase(Locale.ROOT).contains("</style")) {
        throw new IllegalStateException(PATH + " would end its <style> element early");
      }
      return css;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
