package org.traininghub.newsletter.boundary;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Http;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;
import org.traininghub.it.pages.AccountDataPage;
import org.traininghub.newsletter.control.DeliveryReportsTest;

/**
 * The newsletter's subscriber operations against the real stack: a recipient the SMTP server
 * refuses for good while sending, and delivery status notifications and a complaint placed in the
 * bounce mailbox (GreenMail's IMAP), are recorded against the subscriber, the hard ones suppressing
 * the address, each report read once; a subscriber removes their data with their link; an account's
 * subscription is in its data export and goes with the account.
 */
class NewsletterBouncesIT extends BrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static void confirmed(String email) {
    Sql.update(
        "INSERT INTO newsletter_subscriber (email, status, created_at, version)"
            + " VALUES (?, 'CONFIRMED', NOW(6), 0)",
        email);
  }

  private static String bounces(String email) {
    return Sql.scalar(
        "SELECT COALESCE(GROUP_CONCAT(CONCAT(b.kind, ' ', b.source) ORDER BY b.id), '')"
            + " FROM newsletter_bounce b JOIN newsletter_subscriber s ON s.id = b.subscriber_id"
            + " WHERE s.email = ?",
        email);
  }

  private static String suppressed(String email) {
    return Sql.scalar(
        "SELECT COALESCE(MAX(reason), 'none') FROM newsletter_suppression WHERE email = ?", email);
  }

  private static void awaitBounces(String email, String expected) {
    await(email + "'s bounces")
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(300))
        .until(() -> bounces(email), expected::equals);
  }

  @Test
  void aRecipientRefusedForGoodWhileSendingIsAHardBounceThatSuppresses() {
    String email = "gone.away@it.traininghub.example";
    confirmed(email);
    PortalStack.get().smtp().refuse(email);
    // Asking again mails a subscribed address its preferences link: the server refuses it.
    Http.post(
        "/api/subscriptions",
        "application/x-www-form-urlencoded",
        "email=" + email + "&topics=hwbc-training");
    awaitBounces(email, "HARD SMTP");
    assertEquals("BOUNCED", suppressed(email));
  }

  @Test
  void reportsInTheBounceMailboxAreRecordedOnce() throws Exception {
    String hard = "dsn.hard@it.traininghub.example";
    String soft = "dsn.soft@it.traininghub.example";
    String angry = "arf.angry@it.traininghub.example";
    for (String email : new String[] {hard, soft, angry}) {
      confirmed(email);
    }
    SmtpServer smtp = PortalStack.get().smtp();
    smtp.bounceMailbox(
        DeliveryReportsTest.message(DeliveryReportsTest.dsn(hard, "failed", "5.1.1")));
    smtp.bounceMailbox(
        DeliveryReportsTest.message(DeliveryReportsTest.dsn(soft, "delayed", "4.4.7")));
    awaitBounces(hard, "HARD DSN");
    awaitBounces(soft, "SOFT DSN");
    assertEquals("BOUNCED", suppressed(hard));
    assertEquals("none", suppressed(soft), "a soft bounce is only recorded");

    // A later report is read in a later round; the first ones are not read again.
    smtp.bounceMailbox(DeliveryReportsTest.message(DeliveryReportsTest.complaint(angry)));
    awaitBounces(angry, "COMPLAINT ARF");
    assertEquals("COMPLAINED", suppressed(angry));
    assertEquals("HARD DSN", bounces(hard), "read once");
    assertEquals("SOFT DSN", bounces(soft), "read once");
  }

  @Test
  void aSubscriberWithoutAnAccountRemovesTheirDataWithTheirLink() {
    String email = "rita.removed@it.traininghub.example";
    confirmed(email);
    String hashedBefore =
        Sql.scalar("SELECT COUNT(*) FROM newsletter_suppression WHERE email LIKE 'hmac:%'");
    Http.post(
        "/api/subscriptions",
        "application/x-www-form-urlencoded",
        "email=" + email + "&topics=hwbc-training");
    MimeMessage mail = PortalStack.get().smtp().awaitMessage(email);
    browser.driver().get(SmtpServer.link(mail, "/newsletter/preferences.xhtml?link="));
    browser.waitForPage();
    browser.checkAccessibility();
    browser.screenshots("newsletter-preferences-erase");
    browser.clickAndWaitForPage(By.id("erase:submit"));
    assertTrue(
        browser.text(By.tagName("main")).contains("everything we held about it are removed"),
        browser.text(By.tagName("main")));
    assertEquals(
        "0", Sql.scalar("SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ?", email));
    assertEquals("none", suppressed(email), "the address itself is not kept");
    assertEquals(
        Integer.parseInt(hashedBefore) + 1,
        Integer.parseInt(
            Sql.scalar("SELECT COUNT(*) FROM newsletter_suppression WHERE email LIKE 'hmac:%'")),
        "only its code stays, so the address stays suppressed");
  }

  @Test
  void anAccountsSubscriptionIsInItsDataExportAndGoesWithTheAccount() {
    String email = "edna.export@it.traininghub.example";
    String password = "exporting my newsletter";
    People.register(browser, "Edna Export", email, password, null, true);
    People.confirmAddress(browser, email, 1);
    People.signIn(browser, email, password);
    AccountDataPage page = AccountDataPage.open(browser);
    JsonObject newsletter = page.download().getJsonObject("newsletter");
    assertEquals(
        "CONFIRMED", newsletter.getJsonObject("subscription").getString("status"), "" + newsletter);
    assertEquals(
        "REGISTRATION", newsletter.getJsonArray("consents").getJsonObject(0).getString("how"));

    page.password(password).understood().delete();
    assertEquals(
        "0", Sql.scalar("SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ?", email));
    assertEquals("none", suppressed(email));
  }
}
