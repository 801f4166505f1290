package org.traininghub.it.probe;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deployed in tests only (see {@code TestWar}): a request whose address has {@code
 * count-statements=KEY} has its SQL statements counted by {@link StatementCounter}, from before the
 * sign-in check to the end of the response; {@code /test-only/statements?key=KEY} then answers
 * them, one a line (404 until that request has ended).
 */
@WebListener
@WebServlet("/test-only/statements")
public class StatementProbe extends HttpServlet implements ServletRequestListener {

  private static final long serialVersionUID = 1L;

  private static final Pattern KEY = Pattern.compile("(?:^|&)count-statements=([\\w-]+)");

  private static final Map<String, List<String>> COUNTED = new ConcurrentHashMap<>();

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    if (key(event.getServletRequest()) != null) {
      StatementCounter.start();
    }
  }

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    String key = key(event.getServletRequest());
    if (key != null) {
      COUNTED.put(key, StatementCounter.stop());
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<String> statements = COUNTED.remove(String.valueOf(request.getParameter("key")));
    if (statements == null) {
      response.sendError(404, "No counted request ended with this key (yet)");
      return;
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(String.join("\n", statements));
  }

  /**
   * Read from the raw query string: parameters are not parsed before the page sets the encoding.
   */
  private static String key(ServletRequest request) {
    if (!(request instanceof HttpServletRequest http) || http.getQueryString() == null) {
      return null;
    }
    Matcher key = KEY.matcher(http.getQueryString());
    return key.find() ? key.group(1) : null;
  }
}
