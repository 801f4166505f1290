package org.traininghub.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;

/**
 * Hub admins edit pathways without code (issue 10): a pathway for another role added, requirements
 * added with their mistakes refused beside the field, reworded, retired after a question and
 * restored; every change audited and the catalogue's "required for the role" flag following. And
 * the coach's dashboard: the chart with its numbers as text, and the next step for each open
 * requirement (the next bookable hub event, or the item's link elsewhere). A coach's job role
 * decides which pathway their record and the compliance report follow.
 */
class PathwayAdministrationIT extends BrowserTest {

  private static final String INDUCTION = "new-to-primary-care-induction";

  @Test
  void anAdminAddsAPathwayAndItsRequirementsAndTheCatalogueFlagFollows() {
    browser.signInAsAdmin();
    browser.open("/admin/records/");
    assertTrue(browser.text(By.id("pathways")).contains("Health and Wellbeing Coach"));

    browser.type(By.id("pathway:roleCode"), "HWBC");
    browser.type(By.id("pathway:name"), "Another coach pathway");
    browser.clickAndWaitForPage(By.id("pathway:add"));
    assertTrue(
        browser.text(By.id("error-summary")).contains("already has a pathway"),
        browser.text(By.id("error-summary")));

    browser.type(By.id("pathway:roleCode"), "SPLW");
    browser.type(By.id("pathway:name"), "Social Prescribing Link Worker");
    browser.clickAndWaitForPage(By.id("pathway:add"));
    assertTrue(browser.currentPath().startsWith("/admin/records/pathway.xhtml"));
    assertTrue(browser.text(By.tagName("h1")).contains("Social Prescribing Link Worker (SPLW)"));
    browser.screenshots("admin-pathway-new");

    // An item requirement without an item, then a recurring one with an interval out of range.
    browser.type(By.id("requirement:code"), "S1");
    browser.type(By.id("requirement:title"), "Primary care induction");
    browser.type(
        By.id("requirement:summary"), "The hub's induction for people new to primary care.");
    save();
    assertProblem("Choose at least one catalogue item");
    assertEquals("0", Sql.scalar("SELECT COUNT(*) FROM requirement WHERE code = 'S1'"));

    browser.find(By.xpath("//label[contains(., 'Recurring activity')]")).click();
    browser.waitForAjax();
    browser.type(By.id("requirement:intervalMonths"), "30");
    save();
    assertProblem("from 1 to 24");

    // A good one, mandatory, linking an item no mandatory requirement asked for until now.
    browser.find(By.xpath("//label[contains(., 'Catalogue item')]")).click();
    browser.waitForAjax();
    String item = Sql.scalar("SELECT id FROM catalogue_item WHERE slug = ?", INDUCTION);
    assertEquals("0", requiredFlag());
    new Select(browser.find(By.id("requirement:items"))).selectByValue(item);
    save();
    browser.waitForText(By.id("requirements"), "Primary care induction");
    assertEquals("1", requiredFlag(), "a mandatory requirement now links the item");
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'pathway requirement added'"
                + " AND subject = 'SPLW S1'"));

    // The same code again is refused.
    browser.type(By.id("requirement:code"), "s1");
    browser.type(By.id("requirement:title"), "Another");
    browser.type(By.id("requirement:summary"), "Another one.");
    new Select(browser.find(By.id("requirement:items"))).selectByValue(item);
    save();
    assertProblem("already has a requirement S1");

    // Reworded: the title changes, the code stays.
    browser.buttonInRow("Primary care induction", "Edit").click();
    browser.waitForAjax();
    browser.type(By.id("requirement:title"), "Induction to primary care");
    save();
    browser.waitForText(By.id("requirements"), "Induction to primary care");
    browser.screenshots("admin-pathway");

    // Retiring asks first; Escape keeps it, yes retires it and the flag drops.
    browser.pressEscapeOnConfirmation(browser.buttonInRow("Induction to primary care", "Retire"));
    assertEquals("", retiredAt());
    browser.clickAndConfirm(browser.buttonInRow("Induction to primary care", "Retire"));
    browser.waitForText(By.id("row-S1"), "Retired");
    assertFalse(retiredAt().isEmpty());
    assertEquals("0", requiredFlag(), "a retired requirement no longer makes it required");

    browser.buttonInRow("Induction to primary care", "Restore").click();
    browser.waitForAjax();
    assertEquals("", retiredAt());
    assertEquals("1", requiredFlag());
    browser.clickAndConfirm(browser.buttonInRow("Induction to primary care", "Retire"));
    browser.waitForText(By.id("row-S1"), "Retired");
    assertEquals("0", requiredFlag());
    assertEquals(
        "4",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry WHERE subject = 'SPLW S1' AND action IN"
                + " ('pathway requirement changed', 'pathway requirement retired',"
                + " 'pathway requirement restored') "));
    browser.usePhoneWidth();
    assertFalse(browser.scrollsSideways(), "the pathway editor fits a phone");
    browser.useDesktopWidth();
    browser.buttonInRow("Induction to primary care", "Restore").click();
    browser.waitForAjax();
    People.signOut(browser);

    aCoachInTheNewRoleFollowsItsPathwayAndItsReportListsThem();
  }

  /** The job role decides the pathway: a coach choosing SPLW sees S1 only, in SPLW's report. */
  private static void aCoachInTheNewRoleFollowsItsPathwayAndItsReportListsThem() {
    String email = "sam.splw@it.traininghub.example";
    People.coach(browser, "Sam Linkworker", email, "pathway test password", null);
    People.signIn(browser, email, "pathway test password");
    // The profile page leads to the role choice, which lives with the record it decides.
    browser.open("/account/");
    browser.clickAndWaitForPage(By.id("job-role-link"));
    assertEquals("/records/", browser.currentPath().replaceFirst("#.*", ""));
    assertTrue(browser.find(By.id("role:jobRole")).isDisplayed());
    assertTrue(
        browser.text(By.id("checklist-heading")).contains("Health and Wellbeing Coach"),
        "HWBC until the coach chooses");
    assertFalse(browser.findAll(By.id("requirement-A1")).isEmpty());
    new Select(browser.find(By.id("role:jobRole"))).selectByValue("SPLW");
    browser.clickAndWaitForPage(By.id("role:chooseRole"));
    assertTrue(
        browser.text(By.id("checklist-heading")).contains("Social Prescribing Link Worker"),
        browser.text(By.id("checklist-heading")));
    assertEquals(1, browser.findAll(By.cssSelector(".hub-requirement")).size());
    assertFalse(browser.findAll(By.id("requirement-S1")).isEmpty(), "SPLW's pathway only");
    assertEquals(
        "SPLW",
        Sql.scalar(
            "SELECT cp.job_role FROM coach_profile cp JOIN account a ON a.id = cp.account_id"
                + " WHERE a.email = ?",
            email));
    People.signOut(browser);

    browser.signInAsAdmin();
    browser.open("/records/review/compliance.xhtml?q=Linkworker");
    assertFalse(
        browser.text(By.tagName("main")).contains("Sam Linkworker"),
        "the HWBC report leaves out a coach in another role");
    browser.open("/records/review/compliance.xhtml?role=SPLW&q=Linkworker");
    assertTrue(browser.text(By.tagName("main")).contains("Sam Linkworker"));
    assertEquals(
        "SPLW",
        new Select(browser.find(By.id("role"))).getFirstSelectedOption().getAttribute("value"));
    anAdminSetsTheCoachsRoleAndAPcnLeadMayNot(email);

    // S1 retired again, as before the coach's part: the catalogue's flag and other tests' counts
    // stay as they were.
    browser.open(
        "/admin/records/pathway.xhtml?id="
            + Sql.scalar("SELECT id FROM pathway WHERE role_code = 'SPLW'"));
    browser.clickAndConfirm(browser.buttonInRow("Induction to primary care", "Retire"));
    browser.waitForText(By.id("row-S1"), "Retired");
    assertEquals("0", requiredFlag());
    People.signOut(browser);
  }

  /**
   * A hub admin sets a coach's job role on the coach's readiness page (audited, a status message,
   * the readiness and the record following it at once); a PCN lead sees the role but no control.
   */
  private static void anAdminSetsTheCoachsRoleAndAPcnLeadMayNot(String email) {
    String coachId = Sql.scalar("SELECT id FROM account WHERE email = ?", email);
    browser.open("/records/review/readiness.xhtml?coach=" + coachId);
    assertTrue(
        browser.text(By.id("coach-pathway")).contains("Social Prescribing Link Worker"),
        browser.text(By.id("coach-pathway")));
    Select role = new Select(browser.find(By.id("role:jobRole")));
    assertEquals("SPLW", role.getFirstSelectedOption().getAttribute("value"));
    assertTrue(browser.findAll(By.id("condition-A1")).isEmpty(), "SPLW's conditions only");
    role.selectByValue("HWBC");
    browser.clickAndWaitForPage(By.id("role:chooseRole"));
    assertTrue(browser.currentPath().startsWith("/records/review/readiness.xhtml?coach="));
    assertTrue(
        browser
            .text(By.cssSelector(".hub-messages"))
            .contains("Sam Linkworker's role is saved: Health and Wellbeing Coach"),
        browser.text(By.tagName("main")));
    assertTrue(browser.text(By.id("coach-pathway")).contains("Health and Wellbeing Coach"));
    assertFalse(browser.findAll(By.id("condition-A1")).isEmpty(), "HWBC's conditions now");
    assertEquals(
        "HWBC", Sql.scalar("SELECT job_role FROM coach_profile WHERE account_id = ?", coachId));
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry e JOIN account a ON a.id = e.actor_id"
                + " WHERE a.email = ? AND e.action = 'job role chosen' AND e.subject = ?",
            PortalStack.ADMIN_EMAIL,
            "Record of account " + coachId + ": role HWBC"));
    browser.screenshots("admin-coach-role");
    browser.usePhoneWidth();
    assertFalse(browser.scrollsSideways(), "the role choice fits a phone");
    browser.useDesktopWidth();

    // The same role again changes nothing and says so; nothing more is audited.
    browser.clickAndWaitForPage(By.id("role:chooseRole"));
    assertTrue(
        browser.text(By.cssSelector(".hub-messages")).contains("nothing changed"),
        browser.text(By.tagName("main")));
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'job role chosen' AND subject = ?",
            "Record of account " + coachId + ": role HWBC"));
    People.signOut(browser);

    People.signIn(browser, DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD);
    browser.open(
        "/records/review/readiness.xhtml?coach="
            + Sql.scalar("SELECT id FROM account WHERE email = ?", DemoPeople.COACH_EMAIL));
    assertTrue(browser.text(By.id("coach-pathway")).contains("Health and Wellbeing Coach"));
    assertTrue(browser.findAll(By.id("role")).isEmpty(), "a PCN lead only reads the role");
    People.signOut(browser);
    browser.signInAsAdmin();
  }

  @Test
  void theCoachsDashboardChartsProgressAndOffersTheNextEventOrTheLink() {
    People.signIn(browser, DemoPeople.OTHER_COACH_EMAIL, DemoPeople.COACH_PASSWORD);
    browser.open("/records/");
    String chart = browser.text(By.id("chart"));
    assertTrue(chart.contains("Overdue or expired"), chart);
    int overdue =
        browser
            .findAll(
                By.cssSelector(
                    ".hub-requirement[data-status=overdue],.hub-requirement[data-status=expired]"))
            .size();
    assertTrue(overdue >= 1, "A3 is overdue");
    assertEquals(
        String.valueOf(overdue), browser.find(By.id("bar-overdue")).getAttribute("data-count"));
    int all = browser.findAll(By.cssSelector(".hub-requirement")).size();
    assertTrue(chart.contains(overdue + " of " + all), chart);

    // L2's demo event is online and nobody's booking: the next one is offered.
    String voluntary =
        Sql.scalar(
            "SELECT id FROM catalogue_item WHERE slug = 'induction-into-the-local-voluntary-sector'");
    String next =
        Sql.scalar(
            "SELECT e.id FROM event e WHERE e.catalogue_item_id = ? AND e.status = 'PUBLISHED'"
                + " AND e.starts_at > UTC_TIMESTAMP(6) AND e.booking_deadline >= UTC_TIMESTAMP(6)"
                + " AND EXISTS (SELECT 1 FROM event_audience_role r WHERE r.event_id = e.id"
                + " AND r.role = 'COACH') ORDER BY e.starts_at, e.id LIMIT 1",
            voluntary);
    String href = browser.find(By.id("next-L2")).findElement(By.tagName("a")).getAttribute("href");
    assertTrue(href.endsWith("/events/event.xhtml?id=" + next), href);

    String m2 = browser.find(By.id("next-M2")).findElement(By.tagName("a")).getAttribute("href");
    assertEquals(
        Sql.scalar(
            "SELECT external_url FROM catalogue_item WHERE slug = 'pci-shared-decision-making'"),
        m2);
    assertTrue(browser.findAll(By.id("next-A3")).isEmpty(), "supervision is not booked here");
    browser.screenshots("records-dashboard");
    browser.usePhoneWidth();
    assertFalse(browser.scrollsSideways(), "the dashboard fits a phone");
    browser.useDesktopWidth();
    People.signOut(browser);
  }

  private static void save() {
    browser.find(By.id("requirement:save")).click();
    browser.waitForAjax();
  }

  private static void assertProblem(String expected) {
    browser.waitForText(By.id("error-summary"), expected);
  }

  private static String requiredFlag() {
    return Sql.scalar(
        "SELECT CASE WHEN required_for_role THEN 1 ELSE 0 END FROM catalogue_item WHERE slug = ?",
        INDUCTION);
  }

  private static String retiredAt() {
    String at =
        Sql.scalar(
            "SELECT COALESCE(CAST(r.retired_at AS CHAR), '') FROM requirement r"
                + " JOIN pathway p ON p.id = r.pathway_id WHERE p.role_code = 'SPLW'"
                + " AND r.code = 'S1'");
    return at == null ? "" : at;
  }
}
