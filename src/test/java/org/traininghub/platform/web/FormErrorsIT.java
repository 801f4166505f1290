package org.traininghub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.Sql;

/**
 * A refused form names every problem at once: in a summary at the top, focused when the page opens,
 * whose items link to their fields; and beside each field, which is marked invalid and described by
 * its message (WCAG 3.3.1, the GOV.UK and NHS error summary). Text longer than its limit is refused
 * with the limit named, never cut short.
 */
class FormErrorsIT extends BrowserTest {

  @Test
  void theItemFormNamesEveryProblemAtOnceAndCutsNothing() {
    browser.signInAsAdmin();
    browser.open("/admin/catalogue/edit.xhtml");
    browser.type(By.id("title"), "T".repeat(250));
    browser.type(By.id("lengthHours"), "abc");
    browser.clickAndWaitForPage(By.id("save"));

    assertSummaryIsFocused();
    assertProblem("lengthHours", "Length in hours must be a number");
    assertProblem("title", "Title must be 200 characters or fewer");
    assertProblem("summary", "Enter a summary");
    assertProblem("provider", "Enter the provider");
    assertProblem("deliveryMode", "Choose how it is delivered");
    assertProblem("lengthDays", "Enter the course length in days");
    assertEquals(250, browser.find(By.id("title")).getAttribute("value").length(), "nothing cut");
    assertEquals("abc", browser.find(By.id("lengthHours")).getAttribute("value"), "kept as typed");
    assertFalse(
        "true".equals(browser.find(By.id("fundingNote")).getAttribute("aria-invalid")),
        "a field without a problem is not marked");
    assertEquals(
        "summary-hint summary-error",
        browser.find(By.id("summary")).getAttribute("aria-describedby"),
        "the hint stays described");
    browser.screenshots("form-errors-item");

    browser.type(By.id("summary"), "A summary.");
    browser.clickAndWaitForPage(By.id("save"));
    assertFalse(
        "true".equals(browser.find(By.id("summary")).getAttribute("aria-invalid")),
        "a corrected field is no longer marked");
    assertEquals("summary-hint", browser.find(By.id("summary")).getAttribute("aria-describedby"));
    assertEquals("0", Sql.scalar("SELECT COUNT(*) FROM catalogue_item WHERE title LIKE 'TTTT%'"));
    People.signOut(browser);
  }

  @Test
  void aPcnNameOverTheLimitIsRefusedNotCut() {
    browser.signInAsAdmin();
    browser.open("/admin/pcns/");
    browser.type(By.id("pcns:name"), "N".repeat(300));
    browser.find(By.id("pcns:save")).click();
    browser.waitForText(By.id("pcns"), "There is a problem");
    assertSummaryIsFocused();
    assertProblem("pcns:name", "The name must be 120 characters or fewer");
    browser.checkAccessibility();
    assertEquals("0", Sql.scalar("SELECT COUNT(*) FROM pcn WHERE name LIKE 'NNNN%'"));
    People.signOut(browser);
  }

  @Test
  void theInvitationFormSpeaksOfThePersonInvited() {
    browser.signInAsAdmin();
    browser.open("/admin/people/invite.xhtml");
    browser.clickAndWaitForPage(By.id("invite:submit"));
    assertSummaryIsFocused();
    assertProblem("invite:name", "Enter the full name of the person you are inviting");
    assertProblem("invite:email", "Enter an email address");
    assertProblem("invite:pcn", "Choose the PCN this lead belongs to");
    People.signOut(browser);
  }

  @Test
  void theProfileNamesEveryProblemWithItsRealLimit() {
    String email = "eve.errors@it.traininghub.example";
    String password = "form errors password";
    People.coach(browser, "Eve Errors", email, password, DemoPeople.NORTH_PCN);
    People.signIn(browser, email, password);
    browser.open("/account/");
    browser.type(By.id("profile:practice"), "P".repeat(200));
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById('profile:startedOn').value = '1900-01-01';"
                + "document.querySelector(\"input[value='PART_TIME']\").click();");
    browser.type(By.id("profile:supervisionIntervalWeeks"), "abc");
    browser.type(By.id("profile:name"), "");
    browser.clickAndWaitForPage(By.id("profile:save"));

    assertSummaryIsFocused();
    assertProblem("profile:name", "Enter your full name");
    assertProblem("profile:practice", "Employing practice must be 160 characters or fewer");
    assertProblem("profile:startedOn", "Start date in the role must be 1 January 2000 or later");
    assertProblem("profile:supervisionIntervalWeeks", "Enter the weeks as a whole number");
    browser.screenshots("form-errors-profile");
    People.signOut(browser);
  }

  @Test
  void thePasswordChangeNamesEveryProblemAndRefusesTheSamePassword() {
    String email = "pat.errors@it.traininghub.example";
    String password = "form errors password";
    People.coach(browser, "Pat Errors", email, password, null);
    People.signIn(browser, email, password);
    browser.open("/account/password.xhtml");
    browser.clickAndWaitForPage(By.id("change:submit"));
    assertSummaryIsFocused();
    assertProblem("change:current", "Enter your current password");
    assertProblem("change:password", "Enter a password");

    browser.type(By.id("change:current"), password);
    browser.type(By.id("change:password"), password);
    browser.type(By.id("change:confirmation"), password);
    browser.clickAndWaitForPage(By.id("change:submit"));
    assertProblem("change:password", "different from your current one");
    People.signOut(browser);
  }

  private static void assertSummaryIsFocused() {
    assertEquals(
        "error-summary",
        ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id"),
        "the summary has the focus");
  }

  /**
   * The problem is in the summary as a link to the field, beside the field, and the field is marked
   * invalid and described by it.
   */
  private static void assertProblem(String fieldId, String message) {
    WebElement link = browser.find(By.cssSelector("#error-summary a[href='#" + fieldId + "']"));
    assertTrue(link.getText().contains(message), link.getText());
    WebElement field = browser.find(By.id(fieldId));
    assertEquals("true", field.getAttribute("aria-invalid"), fieldId + " is marked invalid");
    List<String> describedBy =
        Arrays.asList(String.valueOf(field.getAttribute("aria-describedby")).split(" "));
    assertTrue(describedBy.contains(fieldId + "-error"), fieldId + ": " + describedBy);
    assertTrue(
        browser.text(By.id(fieldId + "-error")).contains(message),
        browser.text(By.id(fieldId + "-error")));
  }
}
