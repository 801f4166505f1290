package org.traininghub.catalogue.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.traininghub.platform.web.Forwards;

/**
 * Readable item addresses: {@code /catalogue/pci-core-skills} shows {@code /catalogue/item.xhtml}
 * for that slug. Anything that is not a slug passes through untouched.
 */
@WebFilter(filterName = "CatalogueAddresses")
public class CatalogueAddresses extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String SLUG_ATTRIBUTE = "org.traininghub.catalogue.slug";

  private static final Pattern ITEM = Pattern.compile("/catalogue/([a-z0-9]+(?:-[a-z0-9]+)*)");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Matcher item =
        ITEM.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (item.matches()) {
      request.setAttribute(SLUG_ATTRIBUTE, item.group(1));
      Forwards.to("/catalogue/item.xhtml", request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** The public address of an item. */
  public static String pathOf(String slug) {
    return "/catalogue/" + slug;
  }
}
