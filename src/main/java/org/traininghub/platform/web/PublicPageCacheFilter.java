package org.traininghub.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.traininghub.platform.database.DatabaseUnavailable;
import org.traininghub.platform.security.CurrentAccount;

/**
 * Serves the public catalogue pages from {@link PublicPageCache} to anonymous GETs, and fills it
 * from successful (200, HTML) responses. Signed-in people always get a fresh page. When a page
 * cannot be rendered because the database is away, the page kept is served, however old. Its place
 * in the filter chain (after {@code SecurityHeaders}) is set in web.xml.
 */
@WebFilter(filterName = "PublicPageCache")
public class PublicPageCacheFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient PublicPageCache cache;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!cache.enabled()
        || !"GET".equals(request.getMethod())
        || CurrentAccount.of(request).isPresent()
        || request.getRequestedSessionId() != null) {
      chain.doFilter(request, response);
      return;
    }
    String key =
        request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    PublicPageCache.Page page = cache.get(key);
    if (page == null) {
      Capture capture = new Capture(response);
      byte[] body;
      try {
        try {
          chain.doFilter(request, capture);
        } catch (IOException | ServletException | RuntimeException e) {
          PublicPageCache.Page kept = cache.kept(key);
          if (kept == null || !DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
            throw e;
          }
          response.setStatus(HttpServletResponse.SC_OK);
          send(kept, response);
          return;
        }
        body = capture.body();
        if (capture.getStatus() == HttpServletResponse.SC_OK
            && capture.getContentType() != null
            && capture.getContentType().startsWith("text/html")
            && !capture.containsHeader("Set-Cookie")) {
          cache.put(key, body, capture.getContentType());
        }
      } finally {
        cache.renewed(key);
      }
      if (!response.isCommitted()) {
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
      }
      return;
    }
    send(page, response);
  }

  private static void send(PublicPageCache.Page page, HttpServletResponse response)
      throws IOException {
    response.setContentType(page.contentType());
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }

  /** Keeps what the page writes, to store it before it is sent. */
  private static final class Capture extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;

    Capture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer =
            new PrintWriter(
                new OutputStreamWriter(buffer, Charset.forName(getCharacterEncoding())));
      }
      return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                buffer.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("blocking only");
              }
            };
      }
      return stream;
    }

    @Override
    public void flushBuffer() {
      // nothing reaches the client before the whole page is kept
    }

    @Override
    public void setContentLength(int len) {
      // the real length is set when the page is sent
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return buffer.toByteArray();
    }
  }
}
