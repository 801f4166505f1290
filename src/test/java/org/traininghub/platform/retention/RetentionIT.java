package org.traininghub.platform.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.traininghub.it.Sql;

/**
 * Each component's retention job, on the running portal (the test stack runs them every 2 seconds):
 * rows older than the component keeps them go, rows a day younger than that stay.
 */
class RetentionIT {

  private static final Duration WITHIN = Duration.ofSeconds(30);
  private static final String DOMAIN = "@retention.it.traininghub.example";

  @Test
  void accountsForgetUnconfirmedRegistrationsAfterAWeekAndOldLinksAfterAMonth() {
    account("old.unconfirmed", "UNVERIFIED", 8);
    account("new.unconfirmed", "UNVERIFIED", 6);
    account("old.active", "ACTIVE", 400);
    mail("old.unconfirmed", "PENDING", 8, null);
    token("old.active", "old-link", 31);
    token("old.active", "new-link", 29);

    Sql.awaitScalar(
        "0", WITHIN, "SELECT COUNT(*) FROM account WHERE email = ?", email("old.unconfirmed"));
    Sql.awaitScalar(
        "0", WITHIN, "SELECT COUNT(*) FROM account_token WHERE token_hash = ?", hash("old-link"));
    assertEquals(
        "0", count("mail_outbox WHERE recipient = ?", email("old.unconfirmed")), "its mail");
    assertEquals("1", count("account WHERE email = ?", email("new.unconfirmed")), "6 days old");
    assertEquals("1", count("account WHERE email = ?", email("old.active")), "confirmed");
    assertEquals("1", count("account_token WHERE token_hash = ?", hash("new-link")), "29 days");
  }

  @Test
  void sentMailIsForgottenAfterItsKeepDays() {
    account("mail.reader", "ACTIVE", 400);
    mail("mail.reader", "SENT", 91, "old-sent");
    mail("mail.reader", "SENT", 89, "new-sent");
    mail("mail.reader", "DEAD", 200, "old-dead");

    Sql.awaitScalar("0", WITHIN, "SELECT COUNT(*) FROM mail_outbox WHERE subject = 'old-sent'");
    assertEquals("1", count("mail_outbox WHERE subject = 'new-sent'"), "sent 89 days ago");
    assertEquals(
        "1", count("mail_outbox WHERE subject = 'old-dead'"), "never sent: kept for admins");
  }

  @Test
  void auditEntriesAreForgottenAfterTheirKeepDays() {
    // the test stack keeps them 400 days (hub.audit.keep-days); the default keeps them for ever
    audit("retention-old", 401);
    audit("retention-new", 399);

    Sql.awaitScalar(
        "0", WITHIN, "SELECT COUNT(*) FROM audit_entry WHERE subject = 'retention-old'");
    assertEquals("1", count("audit_entry WHERE subject = 'retention-new'"), "399 days old");
  }

  private static String email(String name) {
    return name + DOMAIN;
  }

  private static String hash(String name) {
    return org.traininghub.platform.security.LinkTokens.hash(name);
  }

  private static String count(String fromWhere, Object... params) {
    return Sql.scalar("SELECT COUNT(*) FROM " + fromWhere, params);
  }

  private static void account(String name, String status, int daysOld) {
    Sql.update(
        "INSERT INTO account (email, display_name, password_hash, role, status, created_at)"
            + " VALUES (?, ?, 'x', 'COACH', ?, UTC_TIMESTAMP(6) - INTERVAL ? DAY)",
        email(name),
        name,
        status,
        daysOld);
  }

  private static void token(String account, String secret, int daysSinceExpiry) {
    Sql.update(
        "INSERT INTO account_token (account_id, purpose, token_hash, created_at, expires_at)"
            + " SELECT id, 'RESET', ?, UTC_TIMESTAMP(6) - INTERVAL ? DAY,"
            + " UTC_TIMESTAMP(6) - INTERVAL ? DAY FROM account WHERE email = ?",
        hash(secret),
        daysSinceExpiry + 1,
        daysSinceExpiry,
        email(account));
  }

  private static void mail(String to, String status, int daysOld, String subject) {
    String key = "retention:" + to + ":" + status + ":" + daysOld;
    Sql.update(
        "INSERT INTO mail_outbox (idempotency_key, message_id, recipient, subject, body_text,"
            + " body_html, status, attempts, next_attempt_at, created_at, sent_at)"
            + " VALUES (?, ?, ?, ?, 'text', '<p>html</p>', ?, 1,"
            + " UTC_TIMESTAMP(6) + INTERVAL 1 DAY, UTC_TIMESTAMP(6) - INTERVAL ? DAY,"
            + " CASE WHEN ? = 'SENT' THEN UTC_TIMESTAMP(6) - INTERVAL ? DAY END)",
        key,
        "<" + key.hashCode() + DOMAIN + ">",
        email(to),
        subject == null ? "retention" : subject,
        status,
        daysOld,
        status,
        daysOld);
  }

  private static void audit(String subject, int daysOld) {
    Sql.update(
        "INSERT INTO audit_entry (at, actor_id, action, subject)"
            + " VALUES (UTC_TIMESTAMP(6) - INTERVAL ? DAY, NULL, 'Retention test', ?)",
        daysOld,
        subject);
  }
}
