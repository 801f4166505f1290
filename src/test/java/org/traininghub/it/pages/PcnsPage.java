package org.traininghub.it.pages;

import org.openqa.selenium.By;
import org.traininghub.it.Browser;

/** "Primary Care Networks" ({@code /admin/pcns/}): add, rename and retire PCNs. */
public final class PcnsPage {

  private final Browser browser;

  private PcnsPage(Browser browser) {
    this.browser = browser;
  }

  public static PcnsPage open(Browser browser) {
    browser.open("/admin/pcns/");
    return new PcnsPage(browser);
  }

  /** Fills in the form and saves; waits until {@code expected} shows in the form. */
  public PcnsPage save(String name, String odsCode, String expected) {
    browser.type(By.id("pcns:name"), name);
    browser.type(By.id("pcns:odsCode"), odsCode);
    browser.find(By.id("pcns:save")).click();
    browser.waitForText(By.id("pcns"), expected);
    return this;
  }

  /** Presses "Rename" on the PCN's row; the form above then edits it. */
  public PcnsPage rename(String name) {
    browser.buttonInRow(name, "Rename").click();
    browser.waitForText(By.id("pcns:editor"), "Rename a PCN");
    return this;
  }

  /** Presses "Retire", checks the question opens on its safe answer, and answers with Escape. */
  public PcnsPage retireThenEscape(String name) {
    browser.pressEscapeOnConfirmation(browser.buttonInRow(name, "Retire"));
    return this;
  }

  /** Retires the PCN, answering yes; waits until its row says so. */
  public PcnsPage retire(String name) {
    browser.clickAndConfirm(browser.buttonInRow(name, "Retire"));
    browser.waitForText(Browser.rowContaining(name), "Retired");
    return this;
  }

  /** Restores a retired PCN; waits until its row says it is active again. */
  public PcnsPage restore(String name) {
    browser.buttonInRow(name, "Restore").click();
    browser.waitForAjax();
    browser.waitForText(Browser.rowContaining(name), "Active");
    return this;
  }

  /** The table, to sort by keyboard and read its columns. */
  public SortableTable sortable() {
    return new SortableTable(browser, "pcns:table");
  }

  public String row(String name) {
    return browser.text(Browser.rowContaining(name));
  }

  public String table() {
    return browser.text(By.id("pcns:table"));
  }
}
