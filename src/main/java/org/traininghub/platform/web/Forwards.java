package org.traininghub.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A forward (a readable address served by a page at another path) whose failure because the
 * database is away comes out of it as the exception it was, for the filters outside (the page cache
 * serves a page it keeps, {@link DatabaseOutageFilter} answers 503), but without the servlet
 * container's trace on the way: Payara's request dispatcher logs every exception a forwarded
 * servlet throws with its stack trace (AS-WEB-CORE-00090), once per failed request during an
 * outage. Inside the forward, {@link DatabaseOutageFilter} (mapped for FORWARD too) keeps such a
 * failure in a request attribute instead of throwing it; this throws it once the forward is over.
 */
public final class Forwards {

  /** Set while a forward through here runs: its database failure is carried out, not thrown. */
  private static final String CARRIED = Forwards.class.getName() + ".carried";

  private static final String FAILURE = Forwards.class.getName() + ".failure";

  private Forwards() {}

  /**
   * Forwards to {@code path}; throws what the forwarded page threw because the database is away.
   */
  public static void to(String path, HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    request.setAttribute(CARRIED, Boolean.TRUE);
    try {
      request.getRequestDispatcher(path).forward(request, response);
    } finally {
      request.removeAttribute(CARRIED);
    }
    Object failure = request.getAttribute(FAILURE);
    request.removeAttribute(FAILURE);
    if (failure instanceof ServletException e) {
      throw e;
    } else if (failure instanceof IOException e) {
      throw e;
    } else if (failure instanceof RuntimeException e) {
      throw e;
    }
  }

  /**
   * Inside a forward made by {@link #to}: keeps {@code failure} to be thrown when the forward is
   * over and returns true; elsewhere returns false (the caller throws it).
   */
  static boolean carry(HttpServletRequest request, Exception failure) {
    if (request.getAttribute(CARRIED) == null) {
      return false;
    }
    request.setAttribute(FAILURE, failure);
    return true;
  }
}
