package org.traininghub.records.boundary;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.traininghub.it.Http;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;

/**
 * The record's reminder job through the real stack: a coach who started five months ago, whose last
 * supervision was two months ago and who has done none of the mandatory training, gets one reminder
 * however many runs look (two at once, then again); a session logged and the next one missed is a
 * new period, so one more.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordRemindersIT {

  private static final String EMAIL = "rita.reminded@it.traininghub.example";
  private static final String PROBE = "/test-only/record-reminders?do=";

  /** A page's statements: its ids, the pathway, its claims, and CoachRecords' five. */
  private static final int PER_PAGE = 8;

  private static long coach;

  @BeforeAll
  static void anOverdueCoach() {
    Sql.update(
        "INSERT INTO account (email, display_name, role, status, created_at, version)"
            + " VALUES (?, 'Rita Reminded', 'COACH', 'ACTIVE', NOW(6), 0)",
        EMAIL);
    coach = Long.parseLong(Sql.scalar("SELECT id FROM account WHERE email = ?", EMAIL));
    Sql.update(
        "INSERT INTO coach_profile (account_id, started_on, working_pattern, updated_at)"
            + " VALUES (?, CURRENT_DATE - INTERVAL 5 MONTH, 'FULL_TIME', NOW(6))",
        coach);
    Sql.update(
        "INSERT INTO supervision_session (coach_id, held_on, kind, supervisor, minutes,"
            + " recorded_at) VALUES (?, CURRENT_DATE - INTERVAL 2 MONTH, 'INDIVIDUAL', 'Sam',"
            + " 60, NOW(6))",
        coach);
  }

  @AfterAll
  static void removeThem() {
    Sql.update("DELETE FROM account WHERE email = ?", EMAIL);
    Sql.update("DELETE FROM account WHERE email LIKE 'rhea.many.%'");
  }

  @Test
  @Order(1)
  void eachReminderIsSentOncePerPeriodHoweverManyRunsLook() {
    String[] runs = run("twice").split(",");
    assertEquals(2, runs.length, "two runs at once: " + String.join(",", runs));

    MimeMessage mail = PortalStack.get().smtp().awaitMessage(EMAIL);
    String text = SmtpServer.text(mail);
    assertTrue(text.contains("Your coaching supervision is overdue"), text);
    assertTrue(text.contains("It is 3 months since you started in the role"), text);
    assertTrue(text.contains("A2 "), "the code of ethics is not signed: " + text);
    assertTrue(text.contains("/records/"), text);
    SmtpServer.assertAutomatic(mail);
    assertEquals("1", outboxed(), "one mail, though two runs looked at once");
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM record_reminder WHERE coach_id = ? AND kind = 'SUPERVISION'",
            coach));

    run("once");
    run("twice");
    assertEquals("1", outboxed(), "nothing new: no more mail");
    Sql.awaitScalar(
        "1",
        Duration.ofSeconds(30),
        "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND status = 'SENT'",
        EMAIL);
    assertEquals(1, PortalStack.get().smtp().messagesTo(EMAIL).size());

    // a session 40 days ago: the next was due 10 or so days ago, a new period
    Sql.update(
        "INSERT INTO supervision_session (coach_id, held_on, kind, supervisor, minutes,"
            + " recorded_at) VALUES (?, CURRENT_DATE - INTERVAL 40 DAY, 'GROUP', 'Sam', 60,"
            + " NOW(6))",
        coach);
    run("twice");
    MimeMessage second = PortalStack.get().smtp().awaitMessage(EMAIL, 2, Duration.ofSeconds(30));
    String again = SmtpServer.text(second);
    assertTrue(again.contains("Your coaching supervision is overdue"), again);
    assertTrue(!again.contains("It is 3 months since"), "the mandatory ones were sent: " + again);
    run("once");
    assertEquals("2", outboxed());
  }

  /**
   * A run sends the same statements per page of coaches whatever they hold: counted (test-only
   * {@code StatementCounter}) with nothing due, then again with 300 more coaches, it differs only
   * by the pages added, each {@link #PER_PAGE} statements (their ids, the pathway, their claims,
   * and {@code CoachRecords}' five); a query per coach would add 300.
   */
  @Test
  @Order(2)
  void aRunCostsTheSameStatementsPerPageWhateverTheNumberOfCoaches() {
    run("once");
    long before = activeCoaches();
    List<String> few = counted();
    Sql.update(
        "INSERT INTO account (email, display_name, role, status, created_at, version)"
            + " SELECT CONCAT('rhea.many.', i, '@it.traininghub.example'), CONCAT('Rhea ', i),"
            + " 'COACH', 'ACTIVE', NOW(6), 0 FROM (WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL"
            + " SELECT i + 1 FROM n WHERE i < 300) SELECT i FROM n) AS nums");
    long after = activeCoaches();
    List<String> many = counted();

    assertEquals(
        statements(after) - statements(before),
        many.size() - few.size(),
        "statements with " + before + " and " + after + " coaches:\n" + few + "\n" + many);
  }

  /** Statements of a run with nothing due over {@code coaches}: per page, and an empty last one. */
  private static long statements(long coaches) {
    long pages = coaches / RecordReminders.PAGE;
    return pages * PER_PAGE + (coaches % RecordReminders.PAGE == 0 ? 1 : PER_PAGE);
  }

  private static long activeCoaches() {
    return Long.parseLong(
        Sql.scalar("SELECT COUNT(*) FROM account WHERE role = 'COACH' AND status = 'ACTIVE'"));
  }

  /** The statements of one run of the job, counted on the request's thread. */
  private static List<String> counted() {
    String key = "reminders" + System.nanoTime();
    run("once&count-statements=" + key);
    AtomicReference<String> answer = new AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              HttpResponse<String> got = Http.get("/test-only/statements?key=" + key);
              answer.set(got.body());
              return got.statusCode() == 200;
            });
    return answer.get().isEmpty() ? List.of() : List.of(answer.get().split("\n"));
  }

  /** Runs the job through the probe; its answer. */
  private static String run(String how) {
    HttpResponse<String> answer = Http.get(PROBE + how);
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body();
  }

  private static String outboxed() {
    return Sql.scalar("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", EMAIL);
  }
}
