package org.traininghub.it.probe;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.traininghub.mail.boundary.CampaignDraft;
import org.traininghub.mail.boundary.CampaignRecipient;
import org.traininghub.mail.boundary.Campaigns;
import org.traininghub.mail.boundary.MailRequest;
import org.traininghub.mail.boundary.Outbox;

/**
 * Deployed in tests only (see {@code TestWar}): queues mail through the mail component's facades as
 * the events and newsletter components will, before any page of theirs exists. {@code
 * what=invitation} queues one transactional message with unsubscribe headers, a calendar invitation
 * and a PDF through {@link Outbox#enqueue(MailRequest)}; {@code what=campaign} creates a campaign
 * through {@link Campaigns} and queues it to one recipient. Answers the outbox key.
 */
@WebServlet("/test-only/mail-probe")
public class MailProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Outbox outbox;

  @Inject transient Campaigns campaigns;

  @Resource transient UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String to = request.getParameter("to");
    String key = request.getParameter("key");
    try {
      transaction.begin();
      switch (String.valueOf(request.getParameter("what"))) {
        case "invitation" ->
            outbox.enqueue(
                MailRequest.of(
                        key,
                        to,
                        "password-changed",
                        Map.of("name", "Jo Parts", "resetLink", "https://hub.example/reset"))
                    .header("List-Unsubscribe", request.getParameter("unsubscribe"))
                    .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                    .header("Auto-Submitted", "auto-generated")
                    .calendar(request.getParameter("ics"))
                    .attach(
                        "programme.pdf",
                        "application/pdf",
                        Base64.getDecoder().decode(request.getParameter("pdf"))));
        case "campaign" -> {
          long campaign =
              campaigns.create(
                  CampaignDraft.of(
                          request.getParameter("subject"),
                          request.getParameter("text"),
                          request.getParameter("html"))
                      .header("List-Unsubscribe", "<{{unsubscribeUrl}}>"));
          campaigns.addRecipients(
              campaign,
              List.of(
                  new CampaignRecipient(
                      to,
                      null,
                      Map.of(
                          "name", request.getParameter("name"),
                          "unsubscribeUrl", request.getParameter("unsubscribeUrl")))));
        }
        default -> {
          transaction.rollback();
          response.sendError(400, "what= invitation or campaign");
          return;
        }
      }
      transaction.commit();
    } catch (Exception e) {
      throw new IOException("Could not queue the probe's mail", e);
    }
    response.setContentType("text/plain");
    response.getWriter().write(key == null ? "" : key);
  }
}
