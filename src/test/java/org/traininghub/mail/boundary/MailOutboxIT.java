package org.traininghub.mail.boundary;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;
import org.traininghub.mail.control.MessageId;

/**
 * The outbox against a real SMTP server: mail is multipart with a Message-ID derived from its key;
 * an SMTP outage is ridden out by retrying; a message that ran out of attempts can be retried by an
 * admin; a row left mid-send by a dead instance is sent once its lease ends; and a restart sends
 * nothing a second time.
 */
class MailOutboxIT extends BrowserTest {

  private static final String PASSWORD = "outbox test password";

  private static SmtpServer smtp() {
    return PortalStack.get().smtp();
  }

  private static void askForReset(String email) {
    browser.open("/access/forgot-password.xhtml");
    browser.type(By.id("forgot:email"), email);
    browser.clickAndWaitForPage(By.id("forgot:submit"));
  }

  private static String statusOfReset(String email) {
    return Sql.scalar(
        "SELECT status FROM mail_outbox WHERE recipient = ? AND idempotency_key LIKE 'reset:%'"
            + " ORDER BY id DESC LIMIT 1",
        email);
  }

  private static void awaitStatus(String email, String status, Duration timeout) {
    await("the reset mail to " + email + " is " + status)
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> statusOfReset(email), status::equals);
  }

  @Test
  void mailIsMultipartWithAMessageIdFromItsKey() throws Exception {
    String email = "eve.outbox@it.traininghub.example";
    People.register(browser, "Eve Outbox", email, PASSWORD, null, false);
    MimeMessage mail = smtp().awaitMessage(email);
    assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
    assertTrue(SmtpServer.text(mail).contains("/access/verify.xhtml?token="));
    assertTrue(SmtpServer.html(mail).contains("<a href=\"http"));
    String key =
        Sql.scalar(
            "SELECT idempotency_key FROM mail_outbox WHERE recipient = ? AND status = 'SENT'",
            email);
    assertEquals(MessageId.of(key, "it.traininghub.example"), mail.getHeader("Message-ID")[0]);
  }

  @Test
  void anSmtpOutageIsRiddenOutByRetrying() throws Exception {
    String email = "fay.outage@it.traininghub.example";
    People.coach(browser, "Fay Outage", email, PASSWORD, null);
    smtp().down();
    try {
      askForReset(email);
      awaitStatus(email, "FAILED", Duration.ofSeconds(20));
      assertTrue(
          Sql.scalar(
                  "SELECT last_error FROM mail_outbox WHERE recipient = ? AND status = 'FAILED'",
                  email)
              .contains("Exception"));
    } finally {
      smtp().up();
    }
    MimeMessage mail = smtp().awaitMessage(email, 1, Duration.ofSeconds(30));
    assertTrue(mail.getSubject().startsWith("Reset your password"));
    awaitStatus(email, "SENT", Duration.ofSeconds(10));
  }

  @Test
  void aDeadMessageIsRetriedByAnAdmin() {
    String email = "gus.dead@it.traininghub.example";
    People.coach(browser, "Gus Dead", email, PASSWORD, null);
    smtp().down();
    try {
      askForReset(email);
      // four attempts, 2, 4 and 8 seconds apart
      awaitStatus(email, "DEAD", Duration.ofSeconds(40));
    } finally {
      smtp().up();
    }
    String id =
        Sql.scalar("SELECT id FROM mail_outbox WHERE recipient = ? AND status = 'DEAD'", email);

    browser.signInAsAdmin();
    browser.open("/admin/mail/?status=DEAD");
    assertTrue(browser.text(By.id("outbox")).contains(email), browser.driver().getPageSource());
    browser.screenshots("admin-outbox");
    browser.open("/admin/mail/message.xhtml?id=" + id);
    assertTrue(browser.text(By.id("text")).contains("/access/reset-password.xhtml?token="));
    assertTrue(browser.text(By.id("message-facts")).contains("Dead"));
    // Both parts' links open the portal in a new tab, as the README tells a new user to do.
    assertEquals(
        "_blank",
        browser
            .find(By.cssSelector("#text a[href*='/access/reset-password.xhtml?token=']"))
            .getAttribute("target"));
    WebElement preview = browser.find(By.cssSelector("iframe.hub-mail-html"));
    assertTrue(preview.getAttribute("sandbox").contains("allow-popups-to-escape-sandbox"));
    assertTrue(preview.getAttribute("srcdoc").contains("<base target=\"_blank\">"));
    browser.screenshots("admin-outbox-message");
    browser.clickAndWaitForPage(By.id("retry:submit"));
    assertTrue(browser.text(By.id("main")).contains("will be sent again"));

    MimeMessage mail = smtp().awaitMessage(email, 1, Duration.ofSeconds(30));
    assertTrue(SmtpServer.text(mail).contains("/access/reset-password.xhtml?token="));
    People.signOut(browser);
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'Mail retried' AND subject = ?",
            "Message " + id));
  }

  @Test
  void aClaimWhoseInstanceDiedIsSentAfterItsLeaseAndARestartSendsNothingTwice() {
    String email = "hal.restart@it.traininghub.example";
    People.coach(browser, "Hal Restart", email, PASSWORD, null);
    smtp().awaitMessage(email);
    // As if an instance had claimed a message and died before sending it.
    Sql.update(
        "INSERT INTO mail_outbox (idempotency_key, message_id, recipient, subject, body_text,"
            + " body_html, status, attempts, next_attempt_at, lease_until, created_at)"
            + " VALUES ('test:orphan', '<orphan@it.traininghub.example>', ?, 'Orphaned claim',"
            + " 'text', '<p>html</p>', 'SENDING', 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),"
            + " UTC_TIMESTAMP(6))",
        email);

    // And a registration never confirmed, older than the week it is kept for.
    Sql.update(
        "INSERT INTO account (email, display_name, password_hash, role, status, created_at)"
            + " VALUES ('old.unconfirmed@it.traininghub.example', 'Old', 'x', 'COACH',"
            + " 'UNVERIFIED', UTC_TIMESTAMP(6) - INTERVAL 8 DAY)");

    PortalStack.get().restartPayara();
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM account WHERE email = 'old.unconfirmed@it.traininghub.example'"),
        "housekeeping at start removed the stale registration");
    MimeMessage orphan = smtp().awaitMessage(email, 2, Duration.ofSeconds(30));
    assertEquals("Orphaned claim", subject(orphan));
    // nothing is sent a second time after the restart, for several ticks (1 s each in tests)
    await("nothing more to " + email)
        .during(Duration.ofSeconds(4))
        .atMost(Duration.ofSeconds(5))
        .until(() -> smtp().messagesTo(email).size() == 2);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }
}
