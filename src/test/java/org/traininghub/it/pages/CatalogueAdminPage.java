package org.traininghub.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.traininghub.it.Browser;

/** "Manage the catalogue" ({@code /admin/catalogue/}): every item, edit, retire and restore. */
public final class CatalogueAdminPage {

  private final Browser browser;

  private CatalogueAdminPage(Browser browser) {
    this.browser = browser;
  }

  public static CatalogueAdminPage open(Browser browser) {
    browser.open("/admin/catalogue/");
    return new CatalogueAdminPage(browser);
  }

  /** The list the browser is on now (after a save or an import). */
  public static CatalogueAdminPage current(Browser browser) {
    return new CatalogueAdminPage(browser);
  }

  public int itemCount() {
    return browser.findAll(By.cssSelector("#items\\:table tbody tr")).size();
  }

  /** The messages above the list ("Saved ...", "Imported ..."). */
  public String messages() {
    return browser.text(By.id("items:messages"));
  }

  /** The table, to sort by keyboard and read its columns. */
  public SortableTable sortable() {
    return new SortableTable(browser, "items:table");
  }

  /** The live region ({@code role="status"}) the messages are shown in. */
  public WebElement statusRegion() {
    return browser.driver().findElement(By.id("items-status"));
  }

  /** The "Search these items" field. */
  public WebElement searchField() {
    return browser.find(By.id("items:table:globalFilter"));
  }

  /** The text of the item's row: its title, kind and status among it. */
  public String row(String title) {
    return browser.text(Browser.rowContaining(title));
  }

  public ItemEditorPage edit(String title) {
    browser.clickAndWaitForPage(
        By.xpath("//tr[td[contains(., '" + title + "')]]//a[starts-with(., 'Edit')]"));
    return ItemEditorPage.current(browser);
  }

  public ItemEditorPage addItem() {
    browser.clickAndWaitForPage(By.id("add-item"));
    return ItemEditorPage.current(browser);
  }

  /** Presses "Retire", checks the question opens on its safe answer, and answers with Escape. */
  public void retireThenEscape(String title) {
    browser.pressEscapeOnConfirmation(browser.buttonInRow(title, "Retire"));
  }

  /** Retires the item, answering yes to the question; waits until its row says so. */
  public void retire(String title) {
    browser.clickAndConfirm(browser.buttonInRow(title, "Retire"));
    browser.waitUntil(d -> row(title).contains("Retired"));
  }

  /** Restores a retired item; waits until its row says it is listed again. */
  public void restore(String title) {
    browser.buttonInRow(title, "Restore").click();
    browser.waitForAjax();
    browser.waitUntil(d -> row(title).contains("Listed"));
  }
}
