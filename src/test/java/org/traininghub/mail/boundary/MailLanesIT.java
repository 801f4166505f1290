package org.traininghub.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * Transactional mail goes ahead of bulk mail: with 20,000 due bulk messages waiting, a password
 * reset asked for on the real form reaches the SMTP server within 10 seconds. Prints how long it
 * took. The bulk messages left are deleted afterwards, so later tests see an ordinary outbox.
 */
class MailLanesIT extends BrowserTest {

  private static final int BULK = 20_000;
  private static final Duration WITHIN = Duration.ofSeconds(10);

  private String campaign;

  @Test
  void aPasswordResetOvertakesTwentyThousandBulkMessages() throws Exception {
    String email = "ivy.lanes@it.traininghub.example";
    People.coach(browser, "Ivy Lanes", email, "lanes test password", null);
    int before = PortalStack.get().smtp().messagesTo(email).size();
    campaign = queueBulk(BULK);
    assertTrue(
        Integer.parseInt(
                Sql.scalar(
                    "SELECT COUNT(*) FROM mail_outbox WHERE campaign_id = ? AND status = 'PENDING'",
                    campaign))
            > BULK / 2,
        "most bulk messages are still waiting when the reset is asked for");

    // The real form, sent as a browser sends it (the browser's page checks are not timed).
    WebClient client = new WebClient();
    Map<String, String> form =
        WebClient.form(client.get("/access/forgot-password.xhtml"), "forgot");
    form.put("forgot:email", email);
    Instant asked = Instant.now();
    assertTrue(client.submit(form).statusCode() < 400, "the form was taken");
    MimeMessage reset = PortalStack.get().smtp().awaitMessage(email, before + 1, WITHIN);
    Duration took = Duration.between(asked, Instant.now());

    String waiting =
        Sql.scalar(
            "SELECT COUNT(*) FROM mail_outbox WHERE campaign_id = ? AND status <> 'SENT'",
            campaign);
    System.out.printf(
        "Mail lanes: the reset mail arrived %d ms after the form was sent, %s of %d bulk messages"
            + " still waiting%n",
        took.toMillis(), waiting, BULK);
    assertTrue(reset.getSubject().startsWith("Reset your password"));
    assertTrue(Integer.parseInt(waiting) > 0, "bulk mail was still due when the reset went");
  }

  /** A campaign and its due recipients, written by the database itself in one statement. */
  private static String queueBulk(int count) {
    String run = Long.toString(System.nanoTime(), 36);
    Sql.update(
        "INSERT INTO mail_campaign (subject, text_template, html_template, created_at)"
            + " VALUES (?, 'Hello {{name}}', '<p>Hello {{name}}</p>', UTC_TIMESTAMP(6))",
        "Lanes " + run);
    String id = Sql.scalar("SELECT id FROM mail_campaign WHERE subject = ?", "Lanes " + run);
    String digits =
        "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
            + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8"
            + " UNION ALL SELECT 9)";
    Sql.update(
        "INSERT INTO mail_outbox (idempotency_key, message_id, recipient, lane, status, attempts,"
            + " next_attempt_at, created_at, campaign_id, merge_values)"
            + " SELECT CONCAT('lanes:', ?, ':', n), CONCAT('<lanes-', ?, '-', n,"
            + " '@it.traininghub.example>'), CONCAT('bulk', n % 50, '@lanes.it.traininghub.example'),"
            + " 'BULK', 'PENDING', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), ?,"
            + " CONCAT('{\"name\":\"Reader ', n, '\"}')"
            + " FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS n"
            + " FROM "
            + digits
            + " a CROSS JOIN "
            + digits
            + " b CROSS JOIN "
            + digits
            + " c CROSS JOIN "
            + digits
            + " e CROSS JOIN "
            + digits
            + " f) numbers WHERE n < ?",
        run,
        run,
        id,
        count);
    return id;
  }

  @AfterEach
  void deleteTheBulkMessagesLeft() {
    if (campaign != null) {
      Sql.update("DELETE FROM mail_outbox WHERE campaign_id = ?", campaign);
      Sql.update("DELETE FROM mail_campaign WHERE id = ?", campaign);
    }
  }
}
