package org.traininghub.newsletter.boundary;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;
import org.traininghub.newsletter.control.WeeklyDigests;

/**
 * The weekly digest per topic against the real stack (the tests' digest is due all week and looked
 * for every second): an admin turns it on for two topics on the newsletter page; with something
 * new, each topic's confirmed subscribers get one digest listing it, as a campaign of its own (a
 * subscriber of both topics gets one of the two); further runs of the job that week make nothing
 * more; a week with nothing new is skipped; the page shows when the last one went, and turning it
 * off stops it.
 */
class WeeklyDigestIT extends BrowserTest {

  /** Other tests' subscribers of the topics get the digests too, at 10 a second. */
  private static final Duration WAIT = Duration.ofSeconds(150);

  private static final List<String> TOPICS = List.of("VOLUNTARY_SECTOR", "PRIMARY_CARE_ROLES");

  @BeforeAll
  static void signIn() {
    browser.signInAsAdmin();
    // A run before this one against the same database made this week's digests already.
    Sql.update(
        "DELETE FROM newsletter_digest_issue WHERE topic IN (?, ?)", TOPICS.get(0), TOPICS.get(1));
  }

  @AfterAll
  static void turnOff() {
    Sql.update("UPDATE newsletter_digest SET enabled = FALSE");
  }

  private static String lastRun() {
    return Sql.scalar(
        "SELECT COALESCE(last_run_at, '') FROM newsletter_job WHERE name = 'weekly-digest'");
  }

  /** Waits until the digest job has finished {@code rounds} more rounds. */
  private static void awaitRounds(int rounds) {
    for (int i = 0; i < rounds; i++) {
      String before = lastRun();
      await().atMost(WAIT).until(() -> lastRun().compareTo(before) > 0);
    }
  }

  @Test
  void eachTopicGetsOneDigestAWeekWhenSomethingIsNewAndNoneWhenNothingIs() throws Exception {
    String p = "digest-" + Long.toString(System.nanoTime(), 36);
    CampaignIT.subscribers(p + "v", 2, TOPICS.get(0));
    CampaignIT.subscribers(p + "p", 2, TOPICS.get(1));
    // A subscriber of both topics: the two digests list the same news, so one of them, not both.
    CampaignIT.subscribers(p + "b", 1, TOPICS.get(0));
    Sql.update(
        "INSERT INTO newsletter_subscriber_topic (subscriber_id, topic)"
            + " SELECT id, ? FROM newsletter_subscriber WHERE email LIKE ?",
        TOPICS.get(1),
        p + "b-%");
    String title = "Digest item " + p;
    Sql.update(
        "INSERT INTO catalogue_item (slug, kind, title, summary, provider, delivery_mode,"
            + " required_for_role, demo, created_at, updated_at, version) VALUES (?, 'RESOURCE',"
            + " ?, 'Something new for the digest', 'Digest provider', 'ONLINE', FALSE, FALSE,"
            + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0)",
        p,
        title);
    long before =
        Long.parseLong(Sql.scalar("SELECT COALESCE(MAX(id), 0) FROM newsletter_campaign"));

    browser.open("/admin/newsletter/");
    assertTrue(browser.text(By.id("digest-voluntary-sector")).contains("Off"));
    browser.screenshots("newsletter-digest-off");
    for (String topic : TOPICS) {
      browser.clickAndWaitForPage(By.cssSelector("[data-topic='" + topic + "']"));
      assertTrue(
          browser.text(By.id("messages")).contains("is on"), browser.text(By.id("messages")));
    }
    assertTrue(browser.text(By.id("digest-voluntary-sector")).contains("On"));
    assertTrue(browser.text(By.id("digest-primary-care-roles")).contains("On"));

    String week = WeeklyDigests.weekOf(Instant.now()).toString();
    for (String topic : TOPICS) {
      Sql.awaitScalar(
          "SENT",
          WAIT,
          "SELECT outcome FROM newsletter_digest_issue WHERE topic = ? AND week_start = ?",
          topic,
          week);
      Sql.awaitScalar(
          "SENT",
          WAIT,
          "SELECT c.status FROM newsletter_digest_issue i JOIN newsletter_campaign c"
              + " ON c.id = i.campaign_id WHERE i.topic = ? AND i.week_start = ?",
          topic,
          week);
    }
    assertEquals(
        Map.of(p + "v-0@it.traininghub.example", 1L, p + "v-1@it.traininghub.example", 1L),
        CampaignIT.deliveries(p + "v"));
    assertEquals(
        Map.of(p + "p-0@it.traininghub.example", 1L, p + "p-1@it.traininghub.example", 1L),
        CampaignIT.deliveries(p + "p"));
    assertEquals(
        Map.of(p + "b-0@it.traininghub.example", 1L),
        CampaignIT.deliveries(p + "b"),
        "a subscriber of both topics gets one digest");
    MimeMessage mail = PortalStack.get().smtp().messagesTo(p + "v-0@it.traininghub.example").get(0);
    assertTrue(mail.getSubject().startsWith("Weekly digest: Voluntary sector updates, week of"));
    assertTrue(SmtpServer.html(mail).contains(title), "the new item is in the digest");
    assertTrue(SmtpServer.text(mail).contains(title), "and in its plain text");
    assertEquals(
        "List-Unsubscribe=One-Click",
        mail.getHeader("List-Unsubscribe-Post")[0],
        "a campaign like any other");
    MimeMessage other =
        PortalStack.get().smtp().messagesTo(p + "p-0@it.traininghub.example").get(0);
    assertTrue(other.getSubject().startsWith("Weekly digest: All primary care roles, week of"));

    // The job runs on every second: two more rounds this week make nothing more.
    awaitRounds(2);
    assertEquals(
        "2",
        Sql.scalar(
            "SELECT COUNT(*) FROM newsletter_campaign WHERE id > ? AND subject LIKE 'Weekly%'",
            before),
        "one campaign per topic");
    assertEquals(1L, CampaignIT.deliveries(p + "v").get(p + "v-0@it.traininghub.example"));

    browser.open("/admin/newsletter/");
    String row = browser.text(By.id("digest-voluntary-sector"));
    assertFalse(row.contains("Never"), row);
    browser.screenshots("newsletter-digest-on");

    // A week on, nothing is new since the last digest: the week is skipped, nobody gets mail.
    Sql.update(
        "UPDATE newsletter_digest_issue SET week_start = ? WHERE topic IN (?, ?)"
            + " AND week_start = ?",
        LocalDate.parse(week).minusDays(7).toString(),
        TOPICS.get(0),
        TOPICS.get(1),
        week);
    for (String topic : TOPICS) {
      Sql.awaitScalar(
          "SKIPPED",
          WAIT,
          "SELECT outcome FROM newsletter_digest_issue WHERE topic = ? AND week_start = ?",
          topic,
          week);
    }
    awaitRounds(1);
    assertEquals(
        "2",
        Sql.scalar(
            "SELECT COUNT(*) FROM newsletter_campaign WHERE id > ? AND subject LIKE 'Weekly%'",
            before),
        "no campaign for a week with nothing new");
    assertEquals(2, CampaignIT.deliveries(p + "v").size());
    assertTrue(CampaignIT.deliveries(p + "v").values().stream().allMatch(c -> c == 1));

    browser.open("/admin/newsletter/");
    for (String topic : TOPICS) {
      browser.clickAndWaitForPage(By.cssSelector("[data-topic='" + topic + "']"));
      assertTrue(browser.text(By.id("messages")).contains("is off"));
    }
    assertEquals(
        "0", Sql.scalar("SELECT COUNT(*) FROM newsletter_digest WHERE enabled"), "all off");
    browser.screenshots("newsletter-digest-turned-off");
  }
}
