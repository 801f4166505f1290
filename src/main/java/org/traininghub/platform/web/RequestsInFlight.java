package org.traininghub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Counts the requests being served, so that stopping waits for them ({@link GracefulStop}); once
 * stopping has begun, a new request is answered 503 with {@code Retry-After} and the connection is
 * closed, so a proxy or browser tries again (another instance, or this one restarted). First in the
 * chain after {@code SecurityHeaders} (web.xml).
 */
@WebFilter(filterName = "RequestsInFlight", asyncSupported = true)
public class RequestsInFlight extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!GracefulStop.enter()) {
      DatabaseOutage.unavailable(response);
      response.setHeader("Connection", "close");
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      GracefulStop.leave();
    }
  }
}
