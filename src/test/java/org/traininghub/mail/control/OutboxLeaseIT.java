package org.traininghub.mail.control;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mail is sent exactly once between live instances however slow the SMTP server: two dispatchers
 * (the portal's own classes, in this JVM) share one MariaDB outbox ({@link LocalOutbox}: a schema
 * of its own on the test stack's server, which the portal's dispatcher never sees) and send to an
 * SMTP server on loopback that takes a second per message, with a lease of three seconds, far
 * shorter than a batch takes. Each instance ticks as the portal's timer does.
 */
class OutboxLeaseIT {

  private static final int MESSAGES = 200;

  private static LocalOutbox outbox;

  @BeforeAll
  static void database() {
    outbox = LocalOutbox.start("outbox_lease");
  }

  @AfterAll
  static void stop() {
    if (outbox != null) {
      outbox.close();
    }
  }

  @Test
  void twoLiveInstancesSendEachMessageOnceThroughASlowServer() throws Exception {
    String run = "slow-" + Long.toString(System.currentTimeMillis(), 36);
    try (SlowSmtpServer smtp = SlowSmtpServer.start(Duration.ofSeconds(1))) {
      queue(run, MESSAGES);
      ScheduledExecutorService instances = Executors.newScheduledThreadPool(2);
      Instant start = Instant.now();
      try {
        for (int i = 0; i < 2; i++) {
          MailDispatcher dispatcher = outbox.dispatcher("instance-" + i, smtp.port(), 3);
          instances.scheduleWithFixedDelay(dispatcher::tick, 0, 200, TimeUnit.MILLISECONDS);
        }
        awaitSent(run, MESSAGES, Duration.ofMinutes(5));
      } finally {
        instances.shutdownNow();
        instances.awaitTermination(30, TimeUnit.SECONDS);
      }
      Duration took = Duration.between(start, Instant.now());
      Map<String, Long> deliveries = smtp.deliveries();
      long repeats =
          deliveries.entrySet().stream()
              .filter(e -> e.getKey().contains(run))
              .mapToLong(e -> e.getValue() - 1)
              .sum();
      System.out.printf(
          "Outbox lease, slow SMTP (1 s per message, 3 s lease, two instances): %d messages,"
              + " %d sent twice or more (%d extra deliveries), in %.0f s%n",
          MESSAGES,
          deliveries.entrySet().stream()
              .filter(e -> e.getKey().contains(run) && e.getValue() > 1)
              .count(),
          repeats,
          took.toMillis() / 1000.0);
      assertEquals(
          MESSAGES,
          deliveries.keySet().stream().filter(id -> id.contains(run)).count(),
          "every message arrived");
      assertEquals(0, repeats, "no message arrived twice");
      assertEquals(
          2,
          count(
              "SELECT COUNT(DISTINCT claimed_by) FROM mail_outbox WHERE idempotency_key LIKE ?",
              run + ":%"),
          "both instances sent some of them");
    }
  }

  /**
   * An instance dies in the middle of a batch (kill -9: its claims stay, nothing renews them or
   * gives them back) and another starts at once: the caught messages go out within one lease and
   * one tick of the start, with the lease and tick the portal ships with. Prints the time.
   */
  @Test
  void aDeadInstancesClaimsAreSentSoonAfterARestart() throws Exception {
    String run = "crash-" + Long.toString(System.currentTimeMillis(), 36);
    long lease = shippedDefault("leaseSeconds");
    long tick = shippedDefault("tickSeconds");
    queue(run, 20);
    Instant crash = Instant.now();
    // What the dead instance left: a batch claimed (or just renewed) for a full lease, unsent.
    assertEquals(
        20, outbox.claims().claim("dead@host", crash, crash.plusSeconds(lease), 20).size());
    try (SlowSmtpServer smtp = SlowSmtpServer.start(Duration.ZERO)) {
      ScheduledExecutorService restarted = Executors.newSingleThreadScheduledExecutor();
      Instant start = Instant.now();
      try {
        MailDispatcher dispatcher = outbox.dispatcher("restarted@host", smtp.port(), lease);
        restarted.scheduleWithFixedDelay(dispatcher::tick, 0, tick, TimeUnit.SECONDS);
        awaitSent(run, 20, Duration.ofSeconds(lease + tick + 15));
      } finally {
        restarted.shutdownNow();
        restarted.awaitTermination(30, TimeUnit.SECONDS);
      }
      Duration took = Duration.between(start, Instant.now());
      System.out.printf(
          "Outbox lease: a dead instance's 20 claimed messages sent %.1f s after the restart"
              + " (lease %d s, tick %d s)%n",
          took.toMillis() / 1000.0, lease, tick);
      assertEquals(20, smtp.messageIds().size(), "each caught message was sent once");
    }
  }

  /** A dispatcher setting's default, as the portal ships it. */
  private static long shippedDefault(String field) throws NoSuchFieldException {
    return Long.parseLong(
        MailDispatcher.class
            .getDeclaredField(field)
            .getAnnotation(ConfigProperty.class)
            .defaultValue());
  }

  static int count(String sql, String param) throws SQLException {
    try (Connection c = outbox.connect();
        PreparedStatement query = c.prepareStatement(sql)) {
      query.setString(1, param);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** Due rows as any feature writes them. */
  static void queue(String run, int count) throws SQLException {
    try (Connection c = outbox.connect();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO mail_outbox (idempotency_key, message_id, recipient, subject,"
                    + " body_text, body_html, status, attempts, next_attempt_at, created_at)"
                    + " VALUES (?, ?, ?, ?, 'text', '<p>html</p>', 'PENDING', 0,"
                    + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
      for (int i = 0; i < count; i++) {
        insert.setString(1, run + ":" + i);
        insert.setString(2, "<" + run + "-" + i + "@it.traininghub.example>");
        insert.setString(3, "lease" + (i % 10) + "@it.traininghub.example");
        insert.setString(4, "Lease message " + i);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  static int sent(String run) throws SQLException {
    return count(
        "SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND idempotency_key LIKE ?",
        run + ":%");
  }

  static void awaitSent(String run, int count, Duration timeout) {
    await(count + " messages sent")
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> sent(run), n -> n == count);
  }
}
