package org.traininghub.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.traininghub.it.Browser;

/** A hub admin keeps the list of PCNs: add, refuse bad input, rename, retire with confirmation. */
class PcnAdministrationIT {

  private static Browser browser;

  @BeforeAll
  static void signIn() {
    browser = new Browser();
    browser.signInAsAdmin();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  private static By rowOf(String name) {
    return By.xpath("//tr[td[contains(., '" + name + "')]]");
  }

  private static void addPcn(String name, String odsCode) {
    browser.type(By.id("pcns:name"), name);
    browser.type(By.id("pcns:odsCode"), odsCode);
    browser.find(By.id("pcns:save")).click();
    browser.waitForAjax();
  }

  @Test
  void anAdminAddsRenamesAndRetiresAPcn() {
    browser.open("/admin/pcns/");
    addPcn("Cambridge City PCN", "u 12345");
    assertTrue(browser.text(By.id("pcns:messages")).contains("Added Cambridge City PCN"));
    assertTrue(browser.text(rowOf("Cambridge City PCN")).contains("U12345"));
    browser.checkAccessibility();
    browser.screenshots("admin-pcns");

    addPcn("cambridge city pcn", "");
    assertTrue(
        browser.text(By.id("pcns")).contains("Another PCN already has this name"),
        "duplicate refused");

    browser
        .find(rowOf("Cambridge City PCN"))
        .findElement(By.xpath(".//button[.//span[text()='Rename']]"))
        .click();
    browser.waitForAjax();
    browser.type(By.id("pcns:name"), "Cambridge City and South PCN");
    browser.find(By.id("pcns:save")).click();
    browser.waitForAjax();
    assertTrue(browser.text(By.id("pcns:table")).contains("Cambridge City and South PCN"));

    browser
        .find(rowOf("Cambridge City and South PCN"))
        .findElement(By.xpath(".//button[.//span[text()='Retire']]"))
        .click();
    browser.find(By.cssSelector(".ui-confirm-dialog"));
    browser.checkAccessibility();
    browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
    browser.waitForAjax();
    browser.waitUntil(d -> browser.text(rowOf("Cambridge City and South PCN")).contains("Retired"));
  }

  @Test
  void aBadOdsCodeIsNamedBesideTheFieldAndNothingIsSaved() {
    browser.open("/admin/pcns/");
    addPcn("Fenland PCN", "12345");
    assertTrue(browser.text(By.id("pcns")).contains("U followed by 5 digits"));
    assertFalse(browser.text(By.id("pcns:table")).contains("Fenland PCN"));
    browser.checkAccessibility();
  }
}
