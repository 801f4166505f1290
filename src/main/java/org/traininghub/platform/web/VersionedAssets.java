package org.traininghub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;

/**
 * Stylesheets, scripts and images whose address carries their version ({@code hub.css?v=9},
 * PrimeFaces' {@code jakarta.faces.resource/…?ln=primefaces&v=15.0.13}) are kept by browsers for a
 * year without asking again: a new version has a new address. Everything else keeps the caching it
 * had (pages, unversioned resources). The headers Faces' resource handler or {@link
 * SecurityHeaders} would set later are ignored for these answers; they are the same for everyone.
 * Its place in the filter chain (after {@code SecurityHeaders}) is set in web.xml.
 */
@WebFilter(filterName = "VersionedAssets", asyncSupported = true)
public class VersionedAssets extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String IMMUTABLE = "public, max-age=31536000, immutable";

  private static final List<String> ASSET_PATHS = List.of("/static/", "/jakarta.faces.resource/");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!versioned(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Cache-Control", IMMUTABLE);
    chain.doFilter(request, new KeepsCacheControl(response));
  }

  /** A GET of an asset whose query names its version ({@code v=…}). */
  static boolean versioned(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    return ASSET_PATHS.stream().anyMatch(path::startsWith)
        && query != null
        && (query.startsWith("v=") || query.contains("&v="));
  }

  /** Leaves the year-long caching in place whatever the resource handler says after it. */
  private static final class KeepsCacheControl extends HttpServletResponseWrapper {

    KeepsCacheControl(HttpServletResponse response) {
      super(response);
    }

    private static boolean caching(String name) {
      return "Cache-Control".equalsIgnoreCase(name)
          || "Expires".equalsIgnoreCase(name)
          || "Pragma".equalsIgnoreCase(name);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!caching(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!caching(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!caching(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!caching(name)) {
        super.addDateHeader(name, date);
      }
    }
  }
}
