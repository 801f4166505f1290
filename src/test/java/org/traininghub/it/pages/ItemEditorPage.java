package org.traininghub.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.traininghub.it.Browser;

/** The catalogue item editor ({@code /admin/catalogue/edit.xhtml}): a new item or an edit. */
public final class ItemEditorPage {

  private final Browser browser;

  private ItemEditorPage(Browser browser) {
    this.browser = browser;
  }

  /** An empty editor, for a new item. */
  public static ItemEditorPage openNew(Browser browser) {
    browser.open("/admin/catalogue/edit.xhtml");
    return new ItemEditorPage(browser);
  }

  static ItemEditorPage current(Browser browser) {
    return new ItemEditorPage(browser);
  }

  public String heading() {
    return browser.text(By.tagName("h1"));
  }

  public ItemEditorPage kind(String kind) {
    new Select(browser.find(By.id("kind"))).selectByVisibleText(kind);
    return this;
  }

  public ItemEditorPage title(String title) {
    browser.type(By.id("title"), title);
    return this;
  }

  public ItemEditorPage clearTitle() {
    browser.find(By.id("title")).clear();
    return this;
  }

  public ItemEditorPage provider(String provider) {
    browser.type(By.id("provider"), provider);
    return this;
  }

  public ItemEditorPage summary(String summary) {
    browser.type(By.id("summary"), summary);
    return this;
  }

  public ItemEditorPage delivery(String mode) {
    new Select(browser.find(By.id("deliveryMode"))).selectByVisibleText(mode);
    return this;
  }

  public ItemEditorPage externalUrl(String url) {
    browser.type(By.id("externalUrl"), url);
    return this;
  }

  public ItemEditorPage lengthDays(String days) {
    browser.type(By.id("lengthDays"), days);
    return this;
  }

  public ItemEditorPage fundingNote(String note) {
    browser.type(By.id("fundingNote"), note);
    return this;
  }

  /** Saves; the browser is on the list (saved) or on the editor with its problems. */
  public void save() {
    browser.clickAndWaitForPage(By.id("save"));
  }

  /** The text of the editor's form: its messages included. */
  public String form() {
    return browser.text(By.id("editor"));
  }
}
