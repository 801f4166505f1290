package org.traininghub.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form whose view state is unknown (expired with its session, from another session, or made up)
 * answers 400 with the "page expired" page. The error page mapping in web.xml cannot do this: Faces
 * throws the {@link ViewExpiredException} wrapped, and the container matches the wrapper (a
 * ServletException, caught by the {@code Throwable} mapping) before its cause.
 */
@WebFilter(filterName = "ExpiredViews", servletNames = "Faces")
public class ExpiredViews extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String PAGE = "/WEB-INF/errorpages/expired.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!expired(e) || response.isCommitted()) {
        throw e;
      }
      response.reset();
      SecurityHeaders.apply(request, response);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      // Marked as an error page, Faces renders the page afresh rather than take the request for a
      // postback of it. (Not with the exception: the container would then show its own page.)
      request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "The page had expired");
      request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
      try {
        request.getRequestDispatcher(PAGE).forward(request, response);
      } finally {
        request.removeAttribute(RequestDispatcher.ERROR_MESSAGE);
        request.removeAttribute(RequestDispatcher.ERROR_STATUS_CODE);
      }
    }
  }

  /** Whether {@code e} is, or was caused by, an unknown view state. */
  static boolean expired(Throwable e) {
    Throwable cause = e;
    for (int depth = 0; cause != null && depth < 20; depth++, cause = next(cause)) {
      if (cause instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable e) {
    Throwable cause =
        e instanceof ServletException servlet && servlet.getRootCause() != null
            ? servlet.getRootCause()
            : e.getCause();
    return cause == e ? null : cause;
  }
}
