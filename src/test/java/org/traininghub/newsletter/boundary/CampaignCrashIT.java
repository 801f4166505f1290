package org.traininghub.newsletter.boundary;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.launch.PayaraMicroProcess;

/**
 * A newsletter of a few hundred recipients, sent by two portal instances on one database, one of
 * them killed with {@code kill -9} in the middle of sending and started again: every recipient gets
 * the newsletter, and at most the messages that were on the wire at the kill (one a connection: an
 * instance sends one message at a time over each of its {@link PortalStack#MAIL_CONNECTIONS})
 * arrive twice. Counted per address at the SMTP server.
 */
class CampaignCrashIT {

  private static final int RECIPIENTS = 300;

  @Test
  void killedMidCampaignEveryRecipientGetsItOnce() throws Exception {
    String p = "crash" + Long.toString(System.nanoTime(), 36);
    subscribers(p);
    try (PayaraMicroProcess second = PortalStack.get().anotherInstance()) {
      // setsid may run java as a child: its pid is the claimer's
      String pids =
          Stream.concat(Stream.of(second.process().toHandle()), second.process().descendants())
              .map(h -> Long.toString(h.pid()))
              .collect(Collectors.joining(","));
      long id = scheduleNow(p);
      await("the second instance sends some")
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> Integer.parseInt(sentBy(pids, p)) >= 10);
      second.process().descendants().forEach(ProcessHandle::destroyForcibly);
      second.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertTrue(
          Integer.parseInt(
                  Sql.scalar(
                      "SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE ? AND status <> 'SENT'",
                      p + "-%"))
              > 0,
          "killed mid-campaign");
      try (PayaraMicroProcess again = PortalStack.get().anotherInstance()) {
        Sql.awaitScalar(
            "SENT",
            Duration.ofMinutes(4),
            "SELECT status FROM newsletter_campaign WHERE id = ?",
            id);
      }
    }
    Map<String, Long> got =
        PortalStack.get().smtp().all().stream()
            .map(CampaignCrashIT::to)
            .filter(to -> to.startsWith(p + "-"))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertEquals(RECIPIENTS, got.size(), "every recipient got it");
    long twice = got.values().stream().filter(n -> n > 1).count();
    assertTrue(
        twice <= PortalStack.MAIL_CONNECTIONS && got.values().stream().allMatch(n -> n <= 2),
        "at most the messages on the wire at the kill (one a connection) arrived twice: "
            + got.entrySet().stream().filter(e -> e.getValue() > 1).toList());
  }

  /** Sent by the processes {@code pids} (numbers, comma-separated). */
  private static String sentBy(String pids, String p) {
    return Sql.scalar(
        "SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE ? AND status = 'SENT'"
            + " AND FIND_IN_SET(SUBSTRING_INDEX(claimed_by, '@', 1), ?) > 0",
        p + "-%",
        pids);
  }

  private static void subscribers(String p) {
    String numbers =
        "(WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < "
            + (RECIPIENTS - 1)
            + ") SELECT i FROM n) AS numbers";
    Sql.update(
        "INSERT INTO newsletter_subscriber (email, status, created_at)"
            + " SELECT CONCAT(?, '-', i, '@it.traininghub.example'), 'CONFIRMED', UTC_TIMESTAMP(6)"
            + " FROM "
            + numbers,
        p);
    Sql.update(
        "INSERT INTO newsletter_subscriber_topic (subscriber_id, topic)"
            + " SELECT id, 'HWBC_TRAINING' FROM newsletter_subscriber WHERE email LIKE ?",
        p + "-%");
  }

  /** A campaign due now: the first instance whose timer claims it starts it. */
  private static long scheduleNow(String p) {
    Sql.update(
        "INSERT INTO newsletter_campaign (subject, body_html, body_text, topics, status,"
            + " scheduled_at, created_at) VALUES (?, '<p>Crash test</p>', 'Crash test',"
            + " 'HWBC_TRAINING', 'SCHEDULED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
        "Crash " + p);
    return Long.parseLong(
        Sql.scalar("SELECT id FROM newsletter_campaign WHERE subject = ?", "Crash " + p));
  }

  private static String to(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new AssertionError(e);
    }
  }
}
