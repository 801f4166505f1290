package org.traininghub.pcns.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.PortalStack;

/** A hub admin keeps the list of PCNs: add, refuse bad input, rename, retire with confirmation. */
class PcnAdministrationIT extends BrowserTest {

  @BeforeAll
  static void signIn() {
    browser.signInAsAdmin();
  }

  private static By rowOf(String name) {
    return By.xpath("//tr[td[contains(., '" + name + "')]]");
  }

  /** Fills in the form and saves; waits until {@code expected} shows in the form. */
  private static void savePcn(String name, String odsCode, String expected) {
    browser.type(By.id("pcns:name"), name);
    browser.type(By.id("pcns:odsCode"), odsCode);
    browser.find(By.id("pcns:save")).click();
    browser.waitForText(By.id("pcns"), expected);
  }

  @Test
  void anAdminAddsRenamesAndRetiresAPcn() {
    browser.open("/admin/pcns/");
    savePcn("Cambridge City PCN", "u 12345", "Added Cambridge City PCN");
    assertTrue(browser.text(rowOf("Cambridge City PCN")).contains("U12345"));
    browser.checkAccessibility();
    browser.screenshots("admin-pcns");

    savePcn("cambridge city pcn", "", "There is already a PCN called Cambridge City PCN");
    savePcn(
        "Fenland Rural PCN", "U12345", "The ODS code U12345 already belongs to Cambridge City PCN");

    browser
        .find(rowOf("Cambridge City PCN"))
        .findElement(By.xpath(".//button[.//span[text()='Rename']]"))
        .click();
    browser.waitForText(By.id("pcns:editor"), "Rename a PCN");
    savePcn("Cambridge City and South PCN", "U12345", "Saved Cambridge City and South PCN");
    assertTrue(browser.text(By.id("pcns:table")).contains("Cambridge City and South PCN"));

    browser.pressEscapeOnConfirmation(
        browser
            .find(rowOf("Cambridge City and South PCN"))
            .findElement(By.xpath(".//button[.//span[text()='Retire']]")));
    assertTrue(browser.text(rowOf("Cambridge City and South PCN")).contains("Active"));

    browser.clickAndConfirm(
        browser
            .find(rowOf("Cambridge City and South PCN"))
            .findElement(By.xpath(".//button[.//span[text()='Retire']]")));
    browser.waitForText(rowOf("Cambridge City and South PCN"), "Retired");

    browser.open("/admin/audit/");
    String log = browser.text(By.id("audit"));
    assertTrue(log.contains("PCN added Cambridge City PCN"), log);
    assertTrue(log.contains("PCN renamed Cambridge City and South PCN"), log);
    assertTrue(log.contains("PCN retired Cambridge City and South PCN"), log);
    assertTrue(
        log.contains(PortalStack.ADMIN_EMAIL), "the actor is named while the account exists");
    assertFalse(log.contains("cambridge city pcn"), "a refused change leaves no entry");
  }

  @Test
  void aBadOdsCodeIsNamedBesideTheFieldAndNothingIsSaved() {
    browser.open("/admin/pcns/");
    savePcn("Wisbech PCN", "12345", "A PCN's ODS code is U followed by 5 digits");
    assertFalse(browser.text(By.id("pcns:table")).contains("Wisbech PCN"));
    browser.checkAccessibility();
  }
}
