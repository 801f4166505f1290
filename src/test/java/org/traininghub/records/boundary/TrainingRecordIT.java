package org.traininghub.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * The coach's "Your training record" through the real stack: the demo coaches' records in their
 * states, and a new coach recording training, supervision and the code of ethics, each status
 * changing at once, bad input refused with a message and nothing stored, every change audited.
 */
class TrainingRecordIT extends BrowserTest {

  private static final String PASSWORD = "records test password";

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @Test
  void theDemoCoachWithOverdueSupervisionSeesItAndTheEntryAwaitingVerification() {
    People.signIn(browser, DemoPeople.OTHER_COACH_EMAIL, DemoPeople.COACH_PASSWORD);
    browser.clickAndWaitForPage(By.linkText("Your training record"));
    assertEquals("overdue", status("A3"));
    assertEquals("completed", status("M1"));
    assertTrue(requirement("M1").contains("Completed, awaiting verification"));
    assertEquals("enrolled", status("A1"));
    assertTrue(requirement("A1").contains("Condition of reimbursement: met"), requirement("A1"));
    assertTrue(browser.text(By.id("overdue")).contains("A3 Coaching supervision"));
    browser.screenshots("records-overdue");
    browser.usePhoneWidth();
    assertFalse(browser.scrollsSideways(), "the record fits a phone");
    browser.useDesktopWidth();
    People.signOut(browser);
  }

  @Test
  void theNearlyCompliantDemoCoachHasOneRequirementLeft() {
    People.signIn(browser, DemoPeople.COACH_EMAIL, DemoPeople.COACH_PASSWORD);
    browser.open("/records/");
    assertTrue(
        browser.text(By.id("progress")).contains("9 of 10"), browser.text(By.id("progress")));
    assertEquals("verified", status("A1"));
    assertEquals("met", status("A3"));
    assertEquals("not-started", status("E2"));
    assertTrue(browser.findAll(By.id("overdue")).isEmpty(), "nothing overdue");
    assertTrue(browser.findAll(By.id("ethics")).isEmpty(), "already signed");
    browser.screenshots("records");
    People.signOut(browser);
  }

  @Test
  void aCoachRecordsTrainingAndTheStatusChangesAtOnce() {
    String email = "rita.records@it.traininghub.example";
    People.coach(browser, "Rita Records", email, PASSWORD, null);
    People.signIn(browser, email, PASSWORD);
    browser.open("/records/");
    assertEquals("not-started", status("M2"));

    chooseRequirement("M2");
    date("completion:completedOn", TODAY.plusDays(1));
    browser.type(By.id("completion:hours"), "-3");
    browser.clickAndWaitForPage(By.id("completion:record"));
    String errors = browser.text(By.id("error-summary"));
    assertTrue(errors.contains("today or earlier"), errors);
    assertEquals("0", entries(email));

    chooseRequirement("M2");
    date("completion:completedOn", TODAY);
    browser.type(By.id("completion:hours"), "5000");
    browser.clickAndWaitForPage(By.id("completion:record"));
    assertTrue(browser.text(By.id("error-summary")).contains("up to 200"));
    assertEquals("0", entries(email));

    chooseRequirement("M2");
    date("completion:completedOn", TODAY.minusDays(2));
    date("completion:validUntil", TODAY.minusDays(3));
    browser.clickAndWaitForPage(By.id("completion:record"));
    assertTrue(browser.text(By.id("error-summary")).contains("valid-until date must be after"));
    assertEquals("0", entries(email));

    chooseRequirement("M2");
    date("completion:completedOn", TODAY.minusDays(2));
    browser.type(By.id("completion:hours"), "1.5");
    date("completion:validUntil", TODAY.plusYears(1));
    browser.clickAndWaitForPage(By.id("completion:record"));
    assertTrue(browser.text(By.id("main")).contains("Your entry is recorded"));
    assertEquals("completed", status("M2"));
    assertEquals("1", entries(email));
    assertEquals(
        "1", revision(email), "the compliance summary is out of date (ComplianceReportIT)");

    date("supervision:heldOn", TODAY.minusDays(1));
    browser.find(By.cssSelector("input[name='supervision:kind'][value='GROUP']")).click();
    browser.type(By.id("supervision:supervisor"), "Morgan Ellis");
    browser.type(By.id("supervision:minutes"), "90");
    browser.clickAndWaitForPage(By.id("supervision:log"));
    assertEquals("met", status("A3"));
    assertTrue(browser.text(By.id("sessions")).contains("Group supervision with Morgan Ellis"));
    assertEquals("2", revision(email));

    browser.clickAndWaitForPage(By.id("ethics:sign"));
    assertTrue(browser.text(By.id("error-summary")).contains("Tick the box"));
    assertEquals("not-started", status("A2"));
    browser.find(By.id("ethics:ethicsRead")).click();
    browser.clickAndWaitForPage(By.id("ethics:sign"));
    assertEquals("met", status("A2"));
    assertEquals("3", revision(email), "refused input changed nothing");

    assertEquals(
        "3",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry e JOIN account a ON e.actor_id = a.id"
                + " WHERE a.email = ? AND e.action IN ('training entry recorded',"
                + " 'supervision session logged', 'code of ethics signed')",
            email));

    aCorrectionSupersedesTheEntryWhichStaysInTheHistory(email);
    practiceHoursAddUpAndBadHoursAreRefused(email);
    People.signOut(browser);
  }

  /**
   * Entries are append-only: the coach corrects one with a new entry that supersedes it, once; the
   * corrected one stays, marked. An entry corrected already, or another coach's, is refused whether
   * asked for by its address or slipped into the form, and nothing is stored.
   */
  private static void aCorrectionSupersedesTheEntryWhichStaysInTheHistory(String email) {
    String first =
        Sql.scalar(
            "SELECT c.id FROM record_completion c JOIN account a ON a.id = c.coach_id"
                + " WHERE a.email = ?",
            email);
    browser.clickAndWaitForPage(By.id("correct-" + first));
    assertTrue(
        browser.text(By.id("correcting")).contains("M2 Completed"),
        browser.text(By.id("correcting")));
    browser.screenshots("records-correction");
    assertEquals("1.5", browser.find(By.id("completion:hours")).getAttribute("value"));
    assertEquals(
        TODAY.plusYears(1).toString(),
        browser.find(By.id("completion:validUntil")).getAttribute("value"));
    assertEquals(
        TODAY.minusDays(2).toString(),
        browser.find(By.id("completion:completedOn")).getAttribute("value"));
    browser.type(By.id("completion:hours"), "2");
    browser.clickAndWaitForPage(By.id("completion:record"));
    assertTrue(
        browser.text(By.id("main")).contains("Your correction is recorded"),
        browser.text(By.id("main")));
    assertEquals("2", entries(email));
    assertEquals(
        first,
        Sql.scalar(
            "SELECT c.supersedes_id FROM record_completion c JOIN account a ON a.id = c.coach_id"
                + " WHERE a.email = ? AND c.supersedes_id IS NOT NULL",
            email));
    assertEquals(
        "1.5", Sql.scalar("SELECT hours FROM record_completion WHERE id = ?", first), "unchanged");
    assertEquals(
        TODAY.plusYears(1).toString(),
        Sql.scalar("SELECT valid_until FROM record_completion WHERE supersedes_id = ?", first),
        "the valid-until date carried into the correction");
    assertTrue(browser.text(By.id("entries")).contains("Corrected by a later entry"));
    assertTrue(browser.findAll(By.id("correct-" + first)).isEmpty(), "corrected once only");
    assertEquals("completed", status("M2"), "the correction awaits verification");
    assertEquals("4", revision(email));
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry e JOIN account a ON e.actor_id = a.id"
                + " WHERE a.email = ? AND e.action = 'training entry corrected'",
            email));

    String others =
        Sql.scalar(
            "SELECT MIN(c.id) FROM record_completion c JOIN account a ON a.id = c.coach_id"
                + " WHERE a.email = ?",
            DemoPeople.OTHER_COACH_EMAIL);
    for (String id : new String[] {first, others, "x"}) {
      browser.open("/records/?correct=" + id);
      assertTrue(
          browser.text(By.id("error-summary")).contains("That entry cannot be corrected"),
          "entry " + id);
      assertTrue(browser.findAll(By.id("correcting")).isEmpty());
    }
    for (String[] tampered :
        new String[][] {{first, "corrected already"}, {others, "an entry of your own"}}) {
      browser.open("/records/");
      chooseRequirement("M2");
      date("completion:completedOn", TODAY.minusDays(1));
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "document.getElementById('completion:supersedes').value = arguments[0];",
              tampered[0]);
      browser.clickAndWaitForPage(By.id("completion:record"));
      assertTrue(
          browser.text(By.id("error-summary")).contains(tampered[1]),
          browser.text(By.id("error-summary")));
      assertEquals("2", entries(email), "nothing stored");
    }
    assertEquals("4", revision(email));
  }

  private static void practiceHoursAddUpAndBadHoursAreRefused(String email) {
    browser.open("/records/");
    date("practice:workedOn", TODAY.minusDays(1));
    browser.type(By.id("practice:practiceHours"), "-2");
    browser.clickAndWaitForPage(By.id("practice:logPractice"));
    assertTrue(browser.findAll(By.id("error-summary")).size() == 1, "negative hours refused");
    date("practice:workedOn", TODAY.minusDays(1));
    browser.type(By.id("practice:practiceHours"), "2.5");
    browser.clickAndWaitForPage(By.id("practice:logPractice"));
    date("practice:workedOn", TODAY);
    browser.type(By.id("practice:practiceHours"), "3");
    browser.clickAndWaitForPage(By.id("practice:logPractice"));
    assertTrue(
        browser.text(By.id("practice-total")).contains("5.5 hours"),
        browser.text(By.id("practice-total")));
    assertEquals(
        "2",
        Sql.scalar(
            "SELECT COUNT(*) FROM practice_hours p JOIN account a ON a.id = p.coach_id"
                + " WHERE a.email = ?",
            email));
  }

  @Test
  void aCertificateIsKeptOnlyWhenItIsWhatItClaimsAndOnlyItsPeopleMayDownloadIt() throws Exception {
    String email = "uma.upload@it.traininghub.example";
    People.coach(browser, "Uma Upload", email, PASSWORD, null);
    People.signIn(browser, email, PASSWORD);
    browser.open("/records/");
    Path dir = Files.createTempDirectory("evidence");
    Path fake = Files.writeString(dir.resolve("certificate.pdf"), "<html>not a pdf</html>");
    chooseRequirement("E1");
    date("completion:completedOn", TODAY.minusDays(1));
    browser.find(By.id("completion:evidence")).sendKeys(fake.toString());
    browser.clickAndWaitForPage(By.id("completion:record"));
    assertTrue(browser.text(By.id("error-summary")).contains("PDF, PNG or JPEG"));
    assertEquals("0", entries(email));

    byte[] large = new byte[6 * 1024 * 1024];
    java.util.Arrays.fill(large, (byte) ' ');
    System.arraycopy("%PDF-1.4\n".getBytes(), 0, large, 0, 9);
    Path oversized = Files.write(dir.resolve("large certificate.pdf"), large);
    chooseRequirement("E1");
    date("completion:completedOn", TODAY.minusDays(1));
    browser.find(By.id("completion:evidence")).sendKeys(oversized.toString());
    browser.clickAndWaitForPage(By.id("completion:record"));
    assertTrue(
        browser.text(By.id("error-summary")).contains("5 MB or smaller"),
        browser.text(By.id("error-summary")));
    assertEquals("0", entries(email), "an oversized certificate: nothing stored");

    Path real =
        Files.writeString(
            dir.resolve("e-lfh certificate.pdf"),
            "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
    chooseRequirement("E1");
    date("completion:completedOn", TODAY.minusDays(1));
    browser.find(By.id("completion:evidence")).sendKeys(real.toString());
    browser.clickAndWaitForPage(By.id("completion:record"));
    assertTrue(browser.text(By.id("entries")).contains("Certificate"));
    String id =
        Sql.scalar(
            "SELECT e.completion_id FROM completion_evidence e"
                + " JOIN record_completion c ON c.id = e.completion_id"
                + " JOIN account a ON a.id = c.coach_id WHERE a.email = ?",
            email);
    People.signOut(browser);

    assertEquals(200, download(email, PASSWORD, id).statusCode());
    String type = download(email, PASSWORD, id).headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/pdf"), type);
    assertTrue(download(email, PASSWORD, id).body().startsWith("%PDF-1.4"));
    assertEquals(
        200, download(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD, id).statusCode());
    assertEquals(
        404,
        download(DemoPeople.OTHER_COACH_EMAIL, DemoPeople.COACH_PASSWORD, id).statusCode(),
        "another coach");
    assertEquals(
        404,
        download(DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD, id).statusCode(),
        "a PCN lead of another PCN");
    assertEquals(
        404, download(email, PASSWORD, "999999").statusCode(), "an id that does not exist");
  }

  private static java.net.http.HttpResponse<String> download(
      String email, String password, String id) {
    WebClient client = new WebClient();
    client.signIn(email, password);
    return client.get("/evidence/" + id);
  }

  @Test
  void theCataloguesRequiredFlagFollowsThePathwayWheneverTheCatalogueChanges() {
    assertEquals("1", flag("pci-core-skills"), "M1 links it");
    assertEquals("0", flag("futurenhs-collaboration-platform"), "no requirement links it");
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM catalogue_item WHERE kind = 'ACCREDITED_COURSE'"
                + " AND NOT required_for_role"),
        "A1 asks for any accredited course");
    Sql.update(
        "UPDATE catalogue_item SET required_for_role = FALSE WHERE slug = 'pci-core-skills'");
    String id = Sql.scalar("SELECT id FROM catalogue_item WHERE slug = 'e-lfh-social-prescribing'");
    WebClient admin = new WebClient();
    admin.signIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    admin.submit(WebClient.form(admin.get("/admin/catalogue/edit.xhtml?id=" + id), "editor"));
    assertEquals("1", flag("pci-core-skills"), "an admin's save puts the pathway's answer back");
  }

  private static String flag(String slug) {
    return Sql.scalar("SELECT required_for_role + 0 FROM catalogue_item WHERE slug = ?", slug);
  }

  private static String entries(String email) {
    return Sql.scalar(
        "SELECT COUNT(*) FROM record_completion c JOIN account a ON a.id = c.coach_id"
            + " WHERE a.email = ?",
        email);
  }

  private static String status(String code) {
    return browser.find(By.id("requirement-" + code)).getAttribute("data-status");
  }

  private static String requirement(String code) {
    return browser.text(By.id("requirement-" + code));
  }

  private static void chooseRequirement(String code) {
    new Select(browser.find(By.id("completion:requirement")))
        .getOptions().stream()
            .filter(o -> o.getText().startsWith(code + " "))
            .findFirst()
            .orElseThrow()
            .click();
  }

  private static void date(String id, LocalDate value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById(arguments[0]).value = arguments[1];", id, value.toString());
  }

  /** The revision of the coach's compliance summary: one per change to their record. */
  private static String revision(String email) {
    return Sql.scalar(
        "SELECT c.revision FROM record_compliance c JOIN account a ON a.id = c.coach_id"
            + " WHERE a.email = ?",
        email);
  }
}
