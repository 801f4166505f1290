package org.traininghub.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Coaches;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * The verification queue through the real stack: a hub admin and a PCN lead verify and reject
 * completions in the browser (desktop and phone), the coach's mail arrives and their record changes
 * at once; a reason is required; a PCN lead sees and acts on their own PCN's entries only; nobody
 * decides on their own training; an entry decided twice at once is decided once.
 */
class VerificationQueueIT extends BrowserTest {

  private static final String QUEUE = "/records/review/queue.xhtml";
  private static final Duration MAIL = Duration.ofSeconds(30);

  /** Each test starts signed out, whatever the one before did. */
  @AfterEach
  void signOut() {
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  void anAdminRejectsWithAReasonAndVerifiesAndTheCoachIsToldAndTheirRecordChangesAtOnce()
      throws Exception {
    Coaches.SignedIn coach = coach(DemoPeople.COACH_EMAIL);
    long rejected = completion(coach.id(), "M2", 5, "2.5");
    evidence(rejected);
    long verified = completion(coach.id(), "M3", 3, "1.5");
    browser.signInAsAdmin();
    browser.open(QUEUE);
    assertTrue(row(rejected).contains("M2"), row(rejected));
    assertTrue(row(rejected).contains("Download"), "the certificate's link: " + row(rejected));
    assertTrue(row(verified).contains("None"), "no certificate: " + row(verified));
    browser.screenshots("verification-queue-admin");
    browser.usePhoneWidth();
    assertFalse(browser.scrollsSideways(), "the queue fits a phone");
    browser.useDesktopWidth();

    browser.find(By.cssSelector("[data-reject='" + rejected + "']")).click();
    browser.waitForAjax();
    browser.clickAndConfirm(browser.find(By.id("queue:reject")));
    String errors = browser.text(By.id("error-summary"));
    assertTrue(errors.contains("Say why the entry is not accepted"), errors);
    assertEquals("0", decided(rejected), "nothing changes without a reason");
    browser.screenshots("verification-queue-reject");

    browser.type(
        By.id("queue:reason"), "The certificate is for another course: upload the M2 one.");
    browser.clickAndConfirm(browser.find(By.id("queue:reject")));
    assertTrue(browser.text(By.id("queue-status")).contains("Rejected"));
    assertTrue(browser.findAll(By.cssSelector("[data-reject='" + rejected + "']")).isEmpty());
    assertEquals(
        "The certificate is for another course: upload the M2 one.",
        Sql.scalar("SELECT rejection_reason FROM record_completion WHERE id = ?", rejected));
    assertEquals(
        adminId(), Sql.scalar("SELECT rejected_by FROM record_completion WHERE id = ?", rejected));
    assertEquals("not-started", status(coach, "M2"), "a rejected entry does not count, at once");
    assertTrue(record(coach).contains("Not accepted: The certificate is for another course"));
    MimeMessage rejection = smtp().awaitMessage(coach.email(), 1, MAIL);
    assertTrue(rejection.getSubject().startsWith("Training entry not accepted: M2"));
    assertTrue(SmtpServer.text(rejection).contains("upload the M2 one"));

    browser.clickAndConfirm(browser.find(By.cssSelector("[data-verify='" + verified + "']")));
    assertTrue(browser.text(By.id("queue-status")).contains("Verified"));
    assertEquals("verified", status(coach, "M3"), "the status changes at once");
    MimeMessage verification = smtp().awaitMessage(coach.email(), 2, MAIL);
    assertTrue(verification.getSubject().startsWith("Training verified: M3"));
    assertEquals(
        "2",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry WHERE action IN ('training entry verified',"
                + " 'training entry rejected') AND (subject LIKE ? OR subject LIKE ?)",
            "% entry " + rejected,
            "% entry " + verified));
    People.signOut(browser);
  }

  @Test
  void aPcnLeadSeesAndDecidesOnlyTheirOwnPcnsEntries() {
    long north = completion(coach(DemoPeople.COACH_EMAIL).id(), "E1", 2, "5");
    long south = completion(coach(DemoPeople.OTHER_COACH_EMAIL).id(), "E1", 2, "5");
    People.signIn(browser, DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD);
    browser.open("/pcn/");
    browser.clickAndWaitForPage(By.id("verification-queue"));
    assertFalse(browser.findAll(dataCompletion(north)).isEmpty(), "their PCN's entry");
    assertTrue(browser.findAll(dataCompletion(south)).isEmpty(), "not another PCN's");
    browser.screenshots("verification-queue-lead");
    browser.usePhoneWidth();
    assertFalse(browser.scrollsSideways(), "the queue fits a phone");
    browser.useDesktopWidth();

    WebElement verify = browser.find(By.cssSelector("[data-verify='" + north + "']"));
    browser.pressEscapeOnConfirmation(verify);
    assertEquals("0", decided(north), "Escape keeps it");
    browser.clickAndConfirm(browser.find(By.cssSelector("[data-verify='" + north + "']")));
    assertEquals("1", decided(north));
    People.signOut(browser);

    WebClient lead = signedIn(DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD);
    evidence(north);
    evidence(south);
    assertEquals(
        200, lead.get("/evidence/" + north).statusCode(), "their own PCN's coach's certificate");
    assertEquals(404, lead.get("/evidence/" + south).statusCode(), "not another PCN's");
    assertEquals(404, lead.get(QUEUE + "?completion=" + south).statusCode(), "another PCN's");
    assertEquals(404, lead.get(QUEUE + "?completion=999999999").statusCode(), "no such entry");
    HttpResponse<String> done = lead.get(QUEUE + "?completion=" + north);
    assertEquals(200, done.statusCode());
    assertTrue(done.body().contains("already verified on"), "an entry decided already");
    assertEquals(0, Jsoup.parse(done.body()).select("[data-verify]").size());
    assertEquals(
        200,
        signedIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD)
            .get(QUEUE + "?completion=" + south)
            .statusCode(),
        "an admin sees every PCN's");
  }

  @Test
  void nobodyDecidesOnTheirOwnTraining() {
    long leadId = Long.parseLong(accountId(DemoPeople.LEAD_EMAIL));
    long own = completion(leadId, "L1", 1, "3");
    WebClient lead = signedIn(DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD);
    assertEquals(404, lead.get(QUEUE + "?completion=" + own).statusCode(), "not in their queue");
    assertFalse(lead.get(QUEUE).body().contains("data-completion=\"" + own + "\""));
    WebClient admin = signedIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    HttpResponse<String> adminsQueue = admin.get(QUEUE + "?completion=" + own);
    assertEquals(1, Jsoup.parse(adminsQueue.body()).select("[data-verify]").size(), "another's");
    assertEquals("0", decided(own));
  }

  @Test
  void anEntryVerifiedTwiceAtOnceIsVerifiedOnce() throws Exception {
    Coaches.SignedIn coach = coach(DemoPeople.COACH_EMAIL);
    long id = completion(coach.id(), "E2", 1, "6");
    WebClient admin = signedIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    WebClient lead = signedIn(DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD);
    Map<String, String> byAdmin = verifyForm(admin, id);
    Map<String, String> byLead = verifyForm(lead, id);
    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> first = submitWhen(start, admin, byAdmin);
    CompletableFuture<HttpResponse<String>> second = submitWhen(start, lead, byLead);
    start.countDown();
    List<String> pages = List.of(first.get().body(), second.get().body());
    assertEquals(200, first.get().statusCode());
    assertEquals(200, second.get().statusCode());

    assertEquals("1", decided(id));
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'training entry verified'"
                + " AND subject LIKE ?",
            "% entry " + id),
        "one verification");
    assertEquals(1, pages.stream().filter(p -> p.contains("Verified ")).count(), "one says so");
    assertEquals(
        1,
        pages.stream()
            .filter(p -> p.contains("already verified on") || p.contains("at the same time"))
            .count(),
        "the other is told it was decided already");
    smtp().awaitMessage(coach.email(), 1, MAIL);
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE 'Training verified%'",
            coach.email()));
  }

  /** The queue's form showing entry {@code id} only, with its Verify button pressed. */
  private static Map<String, String> verifyForm(WebClient client, long id) {
    HttpResponse<String> page = client.get(QUEUE + "?completion=" + id);
    Element verify = Jsoup.parse(page.body()).selectFirst("[data-verify='" + id + "']");
    assertNotNull(verify, "the entry is in the queue: " + page.body());
    Map<String, String> fields = WebClient.form(page, "queue");
    fields.put(verify.attr("name"), "");
    return fields;
  }

  private static CompletableFuture<HttpResponse<String>> submitWhen(
      CountDownLatch start, WebClient client, Map<String, String> fields) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
          }
          return client.submit(fields);
        });
  }

  private static Coaches.SignedIn coach(String sameAs) {
    return Coaches.signedIn(1, sameAs, "COACH", "coach").get(0);
  }

  /**
   * A completion of {@code code} recorded by coach {@code coachId} (as the coach's page does), long
   * ago, so that it is on the first page of the queue (oldest first) whatever other tests add.
   */
  private static long completion(long coachId, String code, int daysAgo, String hours) {
    Sql.update(
        "INSERT INTO record_completion (coach_id, requirement_id, catalogue_item_id, stage,"
            + " completed_on, hours, recorded_at, recorded_by)"
            + " SELECT ?, r.id, (SELECT MIN(ri.catalogue_item_id) FROM requirement_item ri"
            + " WHERE ri.requirement_id = r.id), 'COMPLETED', CURRENT_DATE - INTERVAL ? DAY, ?,"
            + " UTC_TIMESTAMP(6) - INTERVAL 20 YEAR, ? FROM requirement r WHERE r.code = ?",
        coachId,
        daysAgo,
        hours,
        coachId,
        code);
    return Long.parseLong(
        Sql.scalar("SELECT MAX(id) FROM record_completion WHERE coach_id = ?", coachId));
  }

  private static void evidence(long completionId) {
    Sql.update(
        "INSERT INTO completion_evidence (completion_id, file_name, content_type, size_bytes,"
            + " content) VALUES (?, 'certificate.pdf', 'application/pdf', 9, '%PDF-1.4\n')",
        completionId);
  }

  /** 1 when the entry is verified or rejected, else 0. */
  private static String decided(long id) {
    return Sql.scalar(
        "SELECT (verified_at IS NOT NULL OR rejected_at IS NOT NULL) + 0 FROM record_completion"
            + " WHERE id = ?",
        id);
  }

  private static String row(long id) {
    return browser.find(dataCompletion(id)).findElement(By.xpath("ancestor::tr")).getText();
  }

  private static By dataCompletion(long id) {
    return By.cssSelector("[data-completion='" + id + "']");
  }

  /** The status of requirement {@code code} on the coach's own record page, as they see it now. */
  private static String status(Coaches.SignedIn coach, String code) {
    Element requirement = Jsoup.parse(record(coach)).getElementById("requirement-" + code);
    assertNotNull(requirement, code);
    return requirement.attr("data-status");
  }

  private static String record(Coaches.SignedIn coach) {
    WebClient client = new WebClient();
    client.useSessionId(coach.sessionId());
    HttpResponse<String> page = client.get("/records/");
    assertEquals(200, page.statusCode());
    return page.body();
  }

  private static WebClient signedIn(String email, String password) {
    WebClient client = new WebClient();
    assertEquals(302, client.signIn(email, password).statusCode(), "sign-in as " + email);
    return client;
  }

  private static String adminId() {
    return accountId(PortalStack.ADMIN_EMAIL);
  }

  private static String accountId(String email) {
    return Sql.scalar("SELECT id FROM account WHERE email = ?", email);
  }

  private static SmtpServer smtp() {
    return PortalStack.get().smtp();
  }
}
