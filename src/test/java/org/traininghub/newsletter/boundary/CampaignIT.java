package org.traininghub.newsletter.boundary;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Http;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;

/**
 * Newsletter campaigns against the real stack: composed on the admin page (validation, rich text,
 * plain text made from it), sent to the confirmed subscribers of its topic only (never a
 * suppressed, pending or other-topic address), delivered with both parts, the subscriber's own
 * links and the RFC 8058 headers; paused mid-send and resumed with every recipient getting one
 * message; scheduled in London time and started by the timer; shown in the public archive without
 * personal data.
 */
class CampaignIT extends BrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @BeforeAll
  static void signIn() {
    browser.signInAsAdmin();
  }

  /**
   * Confirmed subscribers {@code prefix-0..n-1@it.traininghub.example} of {@code topic} (also for
   * {@link WeeklyDigestIT}).
   */
  static void subscribers(String prefix, int n, String topic) {
    for (int i = 0; i < n; i++) {
      Sql.update(
          "INSERT INTO newsletter_subscriber (email, status, created_at)"
              + " VALUES (?, 'CONFIRMED', UTC_TIMESTAMP(6))",
          address(prefix, i));
    }
    Sql.update(
        "INSERT INTO newsletter_subscriber_topic (subscriber_id, topic)"
            + " SELECT id, ? FROM newsletter_subscriber WHERE email LIKE ?",
        topic,
        prefix + "-%");
  }

  private static String address(String prefix, int i) {
    return prefix + "-" + i + "@it.traininghub.example";
  }

  /** Fills the compose form of a new campaign and saves it; answers its id. */
  private static String compose(String subject, String topic) {
    browser.open("/admin/newsletter/campaign.xhtml");
    browser.type(By.id("subject"), subject);
    WebElement area = browser.find(By.cssSelector("#bodyHtml .ql-editor"));
    area.click();
    area.sendKeys("Hello coaches, {{name}} stays as typed.");
    browser.find(By.cssSelector("#topics input[value='" + topic + "']")).click();
    browser.clickAndWaitForPage(By.id("save"));
    String path = browser.currentPath();
    assertTrue(path.contains("campaign.xhtml?id="), path);
    return path.substring(path.indexOf("id=") + 3);
  }

  /** The messages delivered to each address that starts with {@code prefix-}. */
  static Map<String, Long> deliveries(String prefix) {
    return PortalStack.get().smtp().all().stream()
        .map(CampaignIT::to)
        .filter(to -> to.startsWith(prefix + "-"))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static String to(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void composeSendAndDeliverToTheTopicsConfirmedSubscribersOnly() throws Exception {
    String p = "camp-a" + Long.toString(System.nanoTime(), 36);
    subscribers(p, 3, "VOLUNTARY_SECTOR");
    Sql.update(
        "INSERT INTO newsletter_suppression (email, reason, since)"
            + " VALUES (?, 'BOUNCED', UTC_TIMESTAMP(6))",
        address(p, 2));
    subscribers(p + "x", 1, "HWBC_TRAINING");
    Sql.update(
        "INSERT INTO newsletter_subscriber (email, status, created_at) VALUES (?, 'PENDING',"
            + " UTC_TIMESTAMP(6))",
        address(p + "p", 0));
    Sql.update(
        "INSERT INTO newsletter_subscriber_topic (subscriber_id, topic) SELECT id,"
            + " 'VOLUNTARY_SECTOR' FROM newsletter_subscriber WHERE email = ?",
        address(p + "p", 0));

    browser.open("/admin/newsletter/campaign.xhtml");
    browser.screenshots("newsletter-campaign-new");
    browser.clickAndWaitForPage(By.id("send"));
    String refused = browser.text(By.id("campaign"));
    assertTrue(refused.contains("Enter a subject"), refused);
    assertTrue(refused.contains("Write the message"), refused);
    assertTrue(refused.contains("Choose at least one topic"), refused);
    browser.screenshots("newsletter-campaign-errors");

    String id = compose("Voluntary news " + p, "VOLUNTARY_SECTOR");
    browser.type(By.id("digestDays"), "60");
    browser.clickAndWaitForPage(By.id("digest"));
    assertTrue(
        browser.text(By.cssSelector("#bodyHtml .ql-editor")).contains("Coming up"),
        "the digest of the demo events was added");
    browser.screenshots("newsletter-campaign-digest");
    browser.clickAndWaitForPage(By.id("save"));
    assertTrue(
        browser.find(By.id("bodyText")).getAttribute("value").contains("Coming up"),
        "the plain text, made from the message, follows it");
    assertTrue(
        browser.find(By.id("bodyText")).getAttribute("value").contains("Hello coaches"),
        "the plain text was made from the message");
    browser.screenshots("newsletter-campaign-draft");
    browser.open("/admin/newsletter/preview.xhtml?id=" + id);
    assertTrue(browser.text(By.id("web")).contains("{{name}} stays as typed"));
    assertTrue(browser.text(By.id("text")).contains("Unsubscribe:"));
    browser.screenshots("newsletter-campaign-preview");

    browser.open("/admin/newsletter/campaign.xhtml?id=" + id);
    int before = PortalStack.get().smtp().messagesTo(PortalStack.ADMIN_EMAIL).size();
    browser.clickAndWaitForPage(By.id("test"));
    MimeMessage test =
        PortalStack.get().smtp().awaitMessage(PortalStack.ADMIN_EMAIL, before + 1, WAIT);
    assertEquals("Voluntary news " + p, test.getSubject());

    // Other tests leave confirmed subscribers of this topic too: the campaign goes to all of them.
    String audience =
        Sql.scalar(
            "SELECT COUNT(*) FROM newsletter_subscriber s WHERE s.status = 'CONFIRMED'"
                + " AND EXISTS (SELECT 1 FROM newsletter_subscriber_topic t"
                + " WHERE t.subscriber_id = s.id AND t.topic = 'VOLUNTARY_SECTOR')"
                + " AND NOT EXISTS (SELECT 1 FROM newsletter_suppression x WHERE x.email = s.email)");
    browser.clickAndWaitForPage(By.id("send"));
    Sql.awaitScalar(
        "SENT", WAIT, "SELECT status FROM newsletter_campaign WHERE id = ?", Long.valueOf(id));
    browser.open("/admin/newsletter/campaign.xhtml?id=" + id);
    assertEquals(audience, browser.text(By.id("count-sent")));
    browser.screenshots("newsletter-campaign-sent");

    assertEquals(
        Map.of(address(p, 0), 1L, address(p, 1), 1L), deliveries(p), "the topic's confirmed ones");
    assertTrue(deliveries(p + "x").isEmpty(), "another topic's subscriber got nothing");
    assertTrue(deliveries(p + "p").isEmpty(), "a pending subscriber got nothing");

    MimeMessage mail = PortalStack.get().smtp().messagesTo(address(p, 0)).get(0);
    assertEquals("Voluntary news " + p, mail.getSubject());
    assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
    String header = MimeUtility.unfold(mail.getHeader("List-Unsubscribe")[0]);
    String oneClick = header.substring(1, header.length() - 1);
    String text = SmtpServer.text(mail);
    String html = SmtpServer.html(mail);
    assertTrue(text.contains("Hello coaches, {{name}} stays as typed."), text);
    assertTrue(text.contains(oneClick), "the same unsubscribe link in the text");
    assertTrue(html.contains("Hello coaches,") && html.contains("stays as typed"), html);
    assertFalse(html.contains("Hello coaches,  stays"), "the braces were not taken as a tag");
    String preferences = SmtpServer.link(mail, "/newsletter/preferences.xhtml?link=");
    browser.driver().get(preferences);
    browser.waitForPage();
    assertTrue(browser.text(By.tagName("main")).contains(address(p, 0)), "their own link");

    HttpResponse<String> clicked =
        Http.post(
            oneClick.substring(PortalStack.get().baseUrl().length() - 1),
            "application/x-www-form-urlencoded",
            "List-Unsubscribe=One-Click");
    assertEquals(200, clicked.statusCode(), clicked.body());
    browser.open("/admin/newsletter/campaign.xhtml?id=" + id);
    assertEquals("1", browser.text(By.id("count-unsubscribed")));

    browser.open("/newsletter/archive/");
    assertTrue(browser.text(By.id("issues")).contains("Voluntary news " + p));
    browser.screenshots("newsletter-archive");
    browser.open("/newsletter/archive/" + id);
    String web = browser.text(By.tagName("main"));
    assertTrue(web.contains("Hello coaches, {{name}} stays as typed."), web);
    assertFalse(browser.driver().getPageSource().contains(p + "-0@"), "no address");
    assertFalse(
        browser.driver().getPageSource().contains("preferences.xhtml?link"),
        "no subscriber's link");
    browser.screenshots("newsletter-archive-issue");
    assertEquals(404, Http.get("/newsletter/archive/999999999").statusCode());
  }

  @Test
  void pauseStopsSendingAndResumeSendsEachRemainingRecipientOnce() {
    String p = "camp-b" + Long.toString(System.nanoTime(), 36);
    int n = 120;
    subscribers(p, n, "PRIMARY_CARE_ROLES");
    String id = compose("Paused news " + p, "PRIMARY_CARE_ROLES");
    browser.clickAndWaitForPage(By.id("send"));
    await().atMost(WAIT).until(() -> deliveries(p).size() >= 5);
    browser.clickAndWaitForPage(By.id("pause"));
    assertEquals("Paused", browser.text(By.id("status")));
    browser.screenshots("newsletter-campaign-paused");
    // The batch claimed before the pause is finished; after that, nothing more goes.
    int sentWhilePaused = awaitQuiet(p, Duration.ofSeconds(5));
    assertTrue(sentWhilePaused < n, "paused before the end: " + sentWhilePaused);
    assertEquals(
        "PAUSED",
        Sql.scalar("SELECT status FROM newsletter_campaign WHERE id = ?", Long.valueOf(id)));

    browser.clickAndWaitForPage(By.id("resume"));
    try {
      awaitSent(id);
    } catch (AssertionError e) {
      throw new AssertionError(
          "rows by state: "
              + Sql.scalar(
                  "SELECT GROUP_CONCAT(CONCAT(status, ' next ', COALESCE(next_attempt_at, '-'),"
                      + " ' lease ', COALESCE(lease_until, '-'), ' n ', n) SEPARATOR '; ') FROM"
                      + " (SELECT status, next_attempt_at, lease_until, COUNT(*) n FROM mail_outbox"
                      + " WHERE recipient LIKE ? GROUP BY status, next_attempt_at, lease_until"
                      + " ORDER BY status LIMIT 12) x",
                  p + "-%")
              + "; now "
              + Sql.scalar("SELECT UTC_TIMESTAMP(6)")
              + "; campaign "
              + Sql.scalar(
                  "SELECT CONCAT(c.status, ' done ', c.audience_done, ' hold ', m.on_hold)"
                      + " FROM newsletter_campaign c JOIN mail_campaign m"
                      + " ON m.id = c.mail_campaign_id WHERE c.id = ?",
                  Long.valueOf(id)),
          e);
    }
    Map<String, Long> got = deliveries(p);
    assertEquals(n, got.size(), "every recipient");
    assertNoneTwice(got);
  }

  @Test
  void whoUnsubscribesWhileTheCampaignWaitsIsSkippedAndEveryoneElseGetsItOnce() {
    String p = "camp-d" + Long.toString(System.nanoTime(), 36);
    int n = 40;
    subscribers(p, n, "HWBC_TRAINING");
    String id = compose("Skipping news " + p, "HWBC_TRAINING");
    browser.clickAndWaitForPage(By.id("send"));
    Sql.awaitScalar(
        "1",
        WAIT,
        "SELECT audience_done + 0 FROM newsletter_campaign WHERE id = ?",
        Long.valueOf(id));
    browser.clickAndWaitForPage(By.id("pause"));
    assertEquals("Paused", browser.text(By.id("status")));
    // The last of them queued is still waiting (10 a second; the batch claimed is finished).
    String waiting =
        "SELECT o.recipient FROM mail_outbox o JOIN newsletter_campaign c"
            + " ON o.campaign_id = c.mail_campaign_id WHERE c.id = ? AND o.recipient LIKE ?"
            + " AND o.status = 'PENDING' ORDER BY o.id DESC LIMIT 1";
    String target = Sql.scalar(waiting, Long.valueOf(id), p + "-%");
    assertTrue(target != null && target.startsWith(p + "-"), "a waiting recipient: " + target);
    String oneClick =
        Sql.scalar(
            "SELECT JSON_VALUE(o.merge_values, '$.unsubscribeLink') FROM mail_outbox o"
                + " JOIN newsletter_campaign c ON o.campaign_id = c.mail_campaign_id"
                + " WHERE c.id = ? AND o.recipient = ?",
            Long.valueOf(id),
            target);

    // The mail client's button: a plain POST, no cookies.
    HttpResponse<String> clicked =
        Http.post(
            oneClick.substring(PortalStack.get().baseUrl().length() - 1),
            "application/x-www-form-urlencoded",
            "List-Unsubscribe=One-Click");
    assertEquals(200, clicked.statusCode(), clicked.body());
    assertEquals(
        "DEAD " + org.traininghub.mail.boundary.Campaigns.SKIPPED,
        Sql.scalar(
            "SELECT CONCAT(o.status, ' ', o.last_error) FROM mail_outbox o"
                + " JOIN newsletter_campaign c ON o.campaign_id = c.mail_campaign_id"
                + " WHERE c.id = ? AND o.recipient = ?",
            Long.valueOf(id),
            target),
        "their waiting row was skipped at once");

    browser.open("/admin/newsletter/campaign.xhtml?id=" + id);
    browser.clickAndWaitForPage(By.id("resume"));
    awaitSent(id);
    Map<String, Long> got = deliveries(p);
    assertFalse(got.containsKey(target), "the unsubscribed one got nothing");
    assertEquals(n - 1, got.size(), "everyone else: " + got.keySet());
    assertNoneTwice(got);
    browser.open("/admin/newsletter/campaign.xhtml?id=" + id);
    assertEquals("1", browser.text(By.id("count-skipped")));
    assertEquals("1", browser.text(By.id("count-unsubscribed")));
    browser.screenshots("newsletter-campaign-skipped");
  }

  /**
   * Waits until no message to {@code prefix} has arrived for {@code quiet}; answers how many did.
   */
  private static int awaitQuiet(String prefix, Duration quiet) {
    long[] last = {-1, System.nanoTime()};
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              int now = deliveries(prefix).size();
              if (now != last[0]) {
                last[0] = now;
                last[1] = System.nanoTime();
              }
              return System.nanoTime() - last[1] >= quiet.toNanos();
            });
    return (int) last[0];
  }

  @Test
  void aScheduledCampaignIsStartedByTheTimerAtItsLondonTime() {
    String p = "camp-c" + Long.toString(System.nanoTime(), 36);
    subscribers(p, 2, "HWBC_TRAINING");
    String id = compose("Scheduled news " + p, "HWBC_TRAINING");
    browser.clickAndWaitForPage(By.id("schedule"));
    assertTrue(browser.text(By.id("campaign")).contains("Enter the date to send it"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById('sendDate').value = '2031-07-01';"
                + "document.getElementById('sendTime').value = '09:30';");
    browser.clickAndWaitForPage(By.id("schedule"));
    assertTrue(browser.text(By.id("scheduled")).contains("1 July 2031, 09:30"));
    assertEquals(
        "2031-07-01 08:30:00",
        Sql.scalar(
            "SELECT DATE_FORMAT(scheduled_at, '%Y-%m-%d %H:%i:%s') FROM newsletter_campaign"
                + " WHERE id = ?",
            Long.valueOf(id)),
        "stored in UTC (British Summer Time is an hour ahead)");
    browser.screenshots("newsletter-campaign-scheduled");
    // The clock moves on to the campaign's time.
    Sql.update(
        "UPDATE newsletter_campaign SET scheduled_at = UTC_TIMESTAMP(6) WHERE id = ?",
        Long.valueOf(id));
    Sql.awaitScalar(
        "SENT", WAIT, "SELECT status FROM newsletter_campaign WHERE id = ?", Long.valueOf(id));
    assertEquals(Map.of(address(p, 0), 1L, address(p, 1), 1L), deliveries(p));
  }

  /** Waits until campaign {@code id} is marked sent. */
  private static void awaitSent(String id) {
    Sql.awaitScalar(
        "SENT",
        Duration.ofSeconds(90),
        "SELECT status FROM newsletter_campaign WHERE id = ?",
        Long.valueOf(id));
  }

  /** No address got the campaign more than once. */
  private static void assertNoneTwice(Map<String, Long> got) {
    assertTrue(
        got.values().stream().allMatch(c -> c == 1),
        "none twice: " + got.entrySet().stream().filter(e -> e.getValue() > 1).toList());
  }
}
