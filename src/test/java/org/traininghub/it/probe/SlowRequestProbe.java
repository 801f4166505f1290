package org.traininghub.it.probe;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.Map;
import org.traininghub.mail.boundary.MailRequest;
import org.traininghub.mail.boundary.Outbox;

/**
 * Deployed in tests only (see {@code TestWar}): a request that takes {@code seconds} before it
 * writes to the database (it queues one message with the idempotency key {@code key} through the
 * outbox), as a slow page does. It says on the console when it has begun, so a test can stop the
 * portal while it is in flight. Answers "done KEY" once the write has committed.
 */
@WebServlet("/test-only/slow-request")
public class SlowRequestProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Outbox outbox;

  @Resource transient UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String key = request.getParameter("key");
    long seconds = Long.parseLong(request.getParameter("seconds"));
    System.out.println("Slow request " + key + " started");
    try {
      transaction.begin();
      Thread.sleep(seconds * 1000);
      outbox.enqueue(
          MailRequest.of(
              key,
              key + "@it.traininghub.example",
              "password-changed",
              Map.of("name", "Sam Slow", "resetLink", "https://hub.example/reset")));
      transaction.commit();
    } catch (Exception e) {
      throw new IOException("The slow request failed", e);
    }
    System.out.println("Slow request " + key + " done");
    response.setContentType("text/plain");
    response.getWriter().write("done " + key);
  }
}
