package org.traininghub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells caches that an answer depends on the request's {@code Accept-Encoding}: Payara's listener
 * gzips text for browsers that accept it (pre-boot-commands.asadmin) but does not say so, and a
 * shared cache could otherwise hand a compressed page to a client that cannot read it.
 */
@WebFilter(filterName = "VaryByEncoding", asyncSupported = true)
public class VaryByEncoding extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.addHeader("Vary", "Accept-Encoding");
    chain.doFilter(request, response);
  }
}
