package org.traininghub.it.probe;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.traininghub.records.boundary.RecordReminders;

/**
 * Deployed in tests only (see {@code TestWar}): runs the training record's reminder job on request,
 * as its timer does. {@code do=once} runs it once and answers how many mails it queued; {@code
 * do=twice} runs it twice at once, as two instances would, and answers each run's count ({@code
 * 1,0}).
 */
@WebServlet("/test-only/record-reminders")
public class RecordReminderProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient RecordReminders reminders;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    switch (String.valueOf(request.getParameter("do"))) {
      case "once" -> response.getWriter().write(String.valueOf(reminders.sendDue()));
      case "twice" -> {
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(reminders::sendDue);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(reminders::sendDue);
        response.getWriter().write(a.join() + "," + b.join());
      }
      default -> response.sendError(400, "do= once or twice");
    }
  }
}
