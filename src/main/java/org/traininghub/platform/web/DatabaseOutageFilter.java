package org.traininghub.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.traininghub.platform.database.DatabaseOutageLog;
import org.traininghub.platform.database.DatabaseUnavailable;

/**
 * A page that failed because the database is away answers 503 with {@code Retry-After} and the
 * "briefly unavailable" page, not the 500 "problem with the service" page: the failure is temporary
 * and the visitor can do something about it (wait and try again). Any other failure goes on to the
 * 500 page. Its place in the filter chain (right after {@code SecurityHeaders}, so outside the page
 * cache) is set in web.xml; it also runs inside forwards ({@link Forwards}).
 */
@WebFilter(filterName = "DatabaseOutage")
public class DatabaseOutageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      if (request.getDispatcherType() == DispatcherType.FORWARD) {
        if (Forwards.carry(request, e)) {
          return; // thrown again once the forward is over, outside the dispatcher's logging
        }
        throw e; // handled below, in the request's own pass
      }
      DatabaseOutageLog.failed(
          request.getMethod() + " " + request.getRequestURI() + ": " + innermost(e));
      DatabaseOutage.unavailable(response);
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }

  /** The chain of causes by class, and the innermost message: enough to see what went away. */
  private static String innermost(Throwable e) {
    StringBuilder chain = new StringBuilder();
    Throwable t = e;
    for (int depth = 0; depth < 20; depth++) {
      chain.append(t.getClass().getName());
      if (t.getCause() == null || t.getCause() == t) {
        break;
      }
      chain.append(" < ");
      t = t.getCause();
    }
    return chain + ": " + t.getMessage();
  }
}
