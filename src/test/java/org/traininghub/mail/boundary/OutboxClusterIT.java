package org.traininghub.mail.boundary;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.launch.PayaraMicroProcess;

/**
 * Two portal instances on one database share one outbox: every message is delivered exactly once,
 * and both instances take part. Prints how fast the pair drained the outbox.
 */
class OutboxClusterIT {

  private static final int MESSAGES = 600;

  @Test
  void twoInstancesShareTheOutboxAndSendEachMessageOnce() throws Exception {
    String run = Long.toString(System.currentTimeMillis(), 36);
    try (PayaraMicroProcess second = PortalStack.get().anotherInstance()) {
      queue(run);
      Instant start = Instant.now();
      awaitAllSent(run, Duration.ofMinutes(3));
      Duration took = Duration.between(start, Instant.now());
      System.out.printf(
          "Outbox, two instances: %d messages sent in %.1f s (%.0f per second)%n",
          MESSAGES, took.toMillis() / 1000.0, MESSAGES * 1000.0 / Math.max(1, took.toMillis()));
    }
    Map<String, Long> deliveries =
        PortalStack.get().smtp().all().stream()
            .map(OutboxClusterIT::messageId)
            .filter(id -> id.startsWith("<cluster-" + run + "-"))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertEquals(MESSAGES, deliveries.size(), "every message arrived");
    assertTrue(
        deliveries.values().stream().allMatch(n -> n == 1),
        "no message arrived twice: "
            + deliveries.entrySet().stream().filter(e -> e.getValue() > 1).limit(5).toList());
    assertEquals(
        "2",
        Sql.scalar(
            "SELECT COUNT(DISTINCT claimed_by) FROM mail_outbox WHERE idempotency_key LIKE ?",
            "cluster:" + run + ":%"),
        "both instances sent some of them");
  }

  /** Rows as any feature writes them, queued at once. */
  private static void queue(String run) throws SQLException {
    try (Connection c = PortalStack.get().database().connect();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO mail_outbox (idempotency_key, message_id, recipient, subject,"
                    + " body_text, body_html, status, attempts, next_attempt_at, created_at)"
                    + " VALUES (?, ?, ?, ?, 'text', '<p>html</p>', 'PENDING', 0,"
                    + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
      for (int i = 0; i < MESSAGES; i++) {
        insert.setString(1, "cluster:" + run + ":" + i);
        insert.setString(2, "<cluster-" + run + "-" + i + "@it.traininghub.example>");
        insert.setString(3, "cluster" + (i % 10) + "@it.traininghub.example");
        insert.setString(4, "Cluster message " + i);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void awaitAllSent(String run, Duration timeout) {
    await(MESSAGES + " messages sent")
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                Sql.scalar(
                    "SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'"
                        + " AND idempotency_key LIKE ?",
                    "cluster:" + run + ":%"),
            sent -> Integer.parseInt(sent) == MESSAGES);
  }

  private static String messageId(MimeMessage message) {
    try {
      String[] id = message.getHeader("Message-ID");
      return id == null ? "" : id[0];
    } catch (MessagingException e) {
      throw new AssertionError(e);
    }
  }
}
