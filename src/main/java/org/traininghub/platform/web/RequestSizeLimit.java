package org.traininghub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses a body too large for the portal before anything reads it, with 413 and a page that names
 * the limit. Without it the container throws while Faces reads the form ("Post too large", or a
 * multipart part over its limit), and the visitor gets a 500.
 *
 * <p>Forms are small: 1 MB is far more than any of them sends, and less than the HTTP listener's
 * own limit of 2 MB for form parameters. Uploads may be up to 10 MB, the multipart limit of the
 * Faces servlet in web.xml, so that a file the import refuses reaches its form, which says why. A
 * body whose length is not declared (chunked) cannot be checked first and is refused with 411;
 * browsers always declare the length of a form.
 *
 * <p>The page is rendered here, for a request that hides the body: a container error page would
 * render for the original request, and Faces would read its parameters and fail again. The
 * container then reads the rest of the body and discards it, so that a browser still uploading sees
 * the page rather than a broken connection.
 */
@WebFilter(filterName = "RequestSizeLimit", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final long FORM_MAX_BYTES = 1024 * 1024;

  /** The same as {@code multipart-config} in web.xml. */
  static final long UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

  /** The request attribute the 413 page reads: the limit, in whole megabytes. */
  static final String LIMIT_MEGABYTES = "hub.requestLimitMegabytes";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long length = request.getContentLengthLong();
    if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
      response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
      return;
    }
    long limit = isUpload(request) ? UPLOAD_MAX_BYTES : FORM_MAX_BYTES;
    if (length > limit) {
      request.setAttribute(LIMIT_MEGABYTES, limit / (1024 * 1024));
      refuse(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    request
        .getRequestDispatcher("/WEB-INF/errorpages/413.xhtml")
        .forward(new WithoutBody(request), response);
  }

  private static boolean isUpload(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  /** The request as a GET with no body and no parameters, for rendering the refusal. */
  private static final class WithoutBody extends HttpServletRequestWrapper {

    WithoutBody(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public int getContentLength() {
      return 0;
    }

    @Override
    public long getContentLengthLong() {
      return 0;
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getQueryString() {
      return null;
    }
  }
}
