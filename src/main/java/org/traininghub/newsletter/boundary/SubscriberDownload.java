package org.traininghub.newsletter.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.traininghub.newsletter.control.SubscriberSheet;

/**
 * {@code GET /admin/newsletter/subscribers.csv}: every subscriber, written to the response as they
 * are read. web.xml lets only hub admins into {@code /admin/*}; {@link SubscriberTransfer} checks
 * again.
 */
@WebServlet("/admin/newsletter/subscribers.csv")
public class SubscriberDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SubscriberTransfer transfer;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", "attachment; filename=\"subscribers.csv\"");
    try (SubscriberSheet sheet = new SubscriberSheet(response.getOutputStream())) {
      transfer.export(sheet);
    }
  }
}
