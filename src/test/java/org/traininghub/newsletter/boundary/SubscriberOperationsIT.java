package org.traininghub.newsletter.boundary;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * subscription is in its data export and goes with the account; an admin imports subscribers from
 * CSV (preview, then all or nothing; suppressed addresses left out) and exports them.
 */
class SubscriberOperationsIT extends BrowserTest {

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
  void aReportForAnotherAddressIsMatchedToTheSubscriberByTheMessageId() throws Exception {
    String sentTo = "dsn.forwarded@it.traininghub.example";
    String reportedFor = "alias.of.forwarded@elsewhere.example";
    confirmed(sentTo);
    // Asking again mails a subscribed address its preferences link: a real message of the hub.
    Http.post(
        "/api/subscriptions",
        "application/x-www-form-urlencoded",
        "email=" + sentTo + "&topics=hwbc-training");
    Sql.awaitScalar(
        "SENT", WAIT, "SELECT MAX(status) FROM mail_outbox WHERE recipient = ?", sentTo);
    String messageId =
        Sql.scalar("SELECT MAX(message_id) FROM mail_outbox WHERE recipient = ?", sentTo);
    assertTrue(messageId.startsWith("<"), messageId);

    // The server it was forwarded to reports the alias, not the address the hub sent to.
    PortalStack.get()
        .smtp()
        .bounceMailbox(
            DeliveryReportsTest.message(
                DeliveryReportsTest.dsn(reportedFor, "failed", "5.1.1", messageId)));
    awaitBounces(sentTo, "HARD DSN");
    assertEquals("BOUNCED", suppressed(sentTo));
    assertEquals("none", suppressed(reportedFor), "the alias is no subscriber's");
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

  @Test
  void anAdminImportsSubscribersAfterAPreviewAndExportsThem() throws Exception {
    String suppressedEmail = "imp.gone@it.traininghub.example";
    Sql.update(
        "INSERT INTO newsletter_suppression (email, reason, since) VALUES (?, 'BOUNCED', NOW(6))",
        suppressedEmail);
    String heading = "email,name,topics,consent_wording,consent_date\n";
    Path bad = Files.createTempFile("subscribers-bad", ".csv");
    Files.writeString(
        bad,
        heading
            + "imp.ok@it.traininghub.example,Ivy Ok,hwbc-training,Paper form at the 2025 event,"
            + "01/10/2025\n"
            + "not an address,,knitting,,\n");
    Path good = Files.createTempFile("subscribers-good", ".csv");
    Files.writeString(
        good,
        heading
            + "imp.ok@it.traininghub.example,Ivy Ok,HWBC training;voluntary-sector,"
            + "Paper form at the 2025 event,01/10/2025\n"
            + suppressedEmail
            + ",Gone,hwbc-training,Paper form at the 2025 event,01/10/2025\n");

    browser.signInAsAdmin();
    browser.open("/admin/newsletter/import.xhtml");
    browser.find(By.id("file")).sendKeys(bad.toString());
    browser.clickAndWaitForPage(By.id("check"));
    assertTrue(browser.text(By.id("row-problems")).contains("1 of 2 rows have problems"));
    String rows = browser.text(By.id("rows"));
    assertTrue(rows.contains("There is no topic knitting"), rows);
    assertTrue(rows.contains("words the person agreed to"), rows);
    assertTrue(browser.findAll(By.id("import")).isEmpty(), "no import while a row is wrong");
    browser.screenshots("newsletter-import-problems");
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ?",
            "imp.ok@it.traininghub.example"));

    browser.find(By.id("file")).sendKeys(good.toString());
    browser.clickAndWaitForPage(By.id("check"));
    assertTrue(
        browser.text(By.id("rows")).contains("Suppressed: will not be subscribed"),
        browser.text(By.id("rows")));
    assertTrue(browser.text(By.id("ready")).contains("1 suppressed addresses will be left out"));
    browser.screenshots("newsletter-import-preview");
    browser.clickAndWaitForPage(By.id("import"));
    assertTrue(browser.text(By.tagName("main")).contains("Imported 1 subscriber"));
    assertEquals(
        "CONFIRMED IMPORT imported Paper form at the 2025 event",
        Sql.scalar(
            "SELECT CONCAT(s.status, ' ', c.method, ' ', c.wording_id, ' ', c.wording)"
                + " FROM newsletter_consent c JOIN newsletter_subscriber s"
                + " ON s.id = c.subscriber_id WHERE s.email = ?",
            "imp.ok@it.traininghub.example"));
    assertEquals(
        "0",
        Sql.scalar("SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ?", suppressedEmail),
        "a suppressed address is never subscribed by an import");

    String csv =
        (String)
            ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + " fetch('subscribers.csv').then(r => r.text()).then(done);");
    assertTrue(csv.startsWith("email,name,topics,consent_wording,consent_date,"), csv);
    assertTrue(
        csv.contains(
            "imp.ok@it.traininghub.example,Ivy Ok,hwbc-training;voluntary-sector,"
                + "Paper form at the 2025 event,01/10/2025,CONFIRMED,IMPORT"),
        csv);
    People.signOut(browser);
  }

  @Test
  void signUpsNeverConfirmedGoAfterTheirTime() {
    String old = "old.pending@it.traininghub.example";
    String recent = "new.pending@it.traininghub.example";
    for (String[] who : new String[][] {{old, "30"}, {recent, "1"}}) {
      Sql.update(
          "INSERT INTO newsletter_subscriber (email, status, created_at, version)"
              + " VALUES (?, 'PENDING', NOW(6) - INTERVAL ? DAY, 0)",
          who[0],
          Integer.parseInt(who[1]));
      Sql.update(
          "INSERT INTO newsletter_consent (subscriber_id, given_at, method, wording_id, wording,"
              + " topics) SELECT id, created_at, 'FORM', 'sign-up-1', 'words', 'HWBC_TRAINING'"
              + " FROM newsletter_subscriber WHERE email = ?",
          who[0]);
    }
    await("the sign-up never confirmed for 30 days to go")
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> Sql.scalar("SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ?", old),
            "0"::equals);
    assertEquals(
        "1", Sql.scalar("SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ?", recent));
  }
}
