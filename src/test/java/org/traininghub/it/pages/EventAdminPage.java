package org.traininghub.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.traininghub.it.Browser;

/** "Manage events" ({@code /admin/events/}): the list, publish and cancel. */
public final class EventAdminPage {

  private final Browser browser;

  private EventAdminPage(Browser browser) {
    this.browser = browser;
  }

  public static EventAdminPage open(Browser browser) {
    browser.open("/admin/events/");
    return new EventAdminPage(browser);
  }

  public static EventAdminPage current(Browser browser) {
    return new EventAdminPage(browser);
  }

  public String messages() {
    return browser.text(By.id("events:messages"));
  }

  /** The text of the event's row. */
  public String row(String title) {
    return browser.text(Browser.rowContaining(title));
  }

  public int rowCount() {
    return browser
        .findAll(By.cssSelector("#events\\:table tbody tr:not(.ui-datatable-empty-message)"))
        .size();
  }

  /** Chooses which events the list shows and waits for the table. */
  public EventAdminPage show(String label) {
    new Select(browser.find(By.id("events:show"))).selectByVisibleText(label);
    browser.waitForAjax();
    return this;
  }

  public EventAdminPage search(String words) {
    browser.type(By.id("events:table:globalFilter"), words);
    browser.waitUntil(d -> browser.text(By.id("events:table")).contains(words) || rowCount() == 0);
    browser.waitForAjax();
    return this;
  }

  public EventEditorPage addEvent() {
    browser.clickAndWaitForPage(By.id("add-event"));
    return EventEditorPage.current(browser);
  }

  public EventEditorPage edit(String title) {
    browser.clickAndWaitForPage(
        By.xpath("//tr[td[contains(., '" + title + "')]]//a[starts-with(., 'Edit')]"));
    return EventEditorPage.current(browser);
  }

  public void publish(String title) {
    browser.buttonInRow(title, "Publish").click();
    browser.waitForAjax();
    browser.waitUntil(d -> row(title).contains("Published"));
  }

  /** Opens the cancellation dialog for the event (checked by axe while open). */
  public EventAdminPage askToCancel(String title) {
    browser.buttonInRow(title, "Cancel event").click();
    browser.waitForAjax();
    browser.find(By.id("events:reason"));
    browser.checkAccessibility();
    return this;
  }

  /** Keeps the event: the dialog closes and nothing changes. */
  public void keep() {
    browser.find(By.id("events:keep")).click();
    browser.waitUntil(d -> !d.findElement(By.id("events:cancelDialog")).isDisplayed());
  }

  /** Cancels with {@code reason}; waits until the dialog closes. */
  public void confirmCancel(String reason) {
    browser.type(By.id("events:reason"), reason);
    browser.find(By.id("events:confirmCancel")).click();
    browser.waitForAjax();
    browser.waitUntil(d -> !d.findElement(By.id("events:cancelDialog")).isDisplayed());
  }
}
