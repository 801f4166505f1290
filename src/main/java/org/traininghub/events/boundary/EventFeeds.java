package org.traininghub.events.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The iCalendar feeds calendar programs subscribe to: {@code /events.ics} (published events, for
 * anyone) and {@code /calendar/<secret>.ics} (a person's seats; the secret is the only key, so the
 * answer is never cached by anyone else and an unknown secret is a plain 404).
 */
@WebServlet({"/events.ics", "/calendar/*"})
public class EventFeeds extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String CALENDAR = "text/calendar; charset=UTF-8";

  @Inject transient CalendarFeeds feeds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if ("/events.ics".equals(request.getServletPath())) {
      response.setHeader("Cache-Control", "public, max-age=300");
      write(response, feeds.published(), "events.ics");
      return;
    }
    String path = request.getPathInfo();
    Optional<String> feed =
        path != null && path.matches("/[A-Za-z0-9_-]{1,100}\\.ics")
            ? feeds.personal(path.substring(1, path.length() - 4))
            : Optional.empty();
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (feed.isEmpty()) {
      response.sendError(
          HttpServletResponse.SC_NOT_FOUND,
          "This calendar address is not valid: it may have been replaced or turned off.");
      return;
    }
    write(response, feed.get(), "my-bookings.ics");
  }

  private static void write(HttpServletResponse response, String ics, String name)
      throws IOException {
    response.setContentType(CALENDAR);
    response.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
    byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
