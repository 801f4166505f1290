package org.traininghub.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.traininghub.it.Browser;

/** The event editor ({@code /admin/events/edit.xhtml}): a new event, a series, or an edit. */
public final class EventEditorPage {

  private final Browser browser;

  private EventEditorPage(Browser browser) {
    this.browser = browser;
  }

  public static EventEditorPage openNew(Browser browser) {
    browser.open("/admin/events/edit.xhtml");
    return new EventEditorPage(browser);
  }

  public static EventEditorPage current(Browser browser) {
    return new EventEditorPage(browser);
  }

  public String heading() {
    return browser.text(By.tagName("h1"));
  }

  public EventEditorPage kind(String kind) {
    new Select(browser.find(By.id("kind"))).selectByVisibleText(kind);
    return this;
  }

  public EventEditorPage title(String title) {
    browser.type(By.id("title"), title);
    return this;
  }

  /** Types into the rich-text editor as a person would. */
  public EventEditorPage typeDescription(String text) {
    WebElement area = browser.find(By.cssSelector("#descriptionHtml .ql-editor"));
    area.click();
    area.sendKeys(text);
    return this;
  }

  /**
   * Sends {@code html} as the description whatever the editor holds, as a forged request would (the
   * editor itself never produces a script).
   */
  public EventEditorPage forgeDescription(String html) {
    set(browser.driver().findElement(By.id("descriptionHtml_input")), html);
    return this;
  }

  public EventEditorPage item(String title) {
    new Select(browser.find(By.id("catalogueItemId"))).selectByVisibleText(title);
    return this;
  }

  /** The day as the date field holds it (yyyy-mm-dd), whatever the browser's locale. */
  public EventEditorPage date(String isoDate) {
    set(browser.find(By.id("date")), isoDate);
    return this;
  }

  public EventEditorPage times(String start, String end) {
    set(browser.find(By.id("startTime")), start);
    set(browser.find(By.id("endTime")), end);
    return this;
  }

  public EventEditorPage deadline(String isoDate, String time) {
    set(browser.find(By.id("deadlineDate")), isoDate);
    set(browser.find(By.id("deadlineTime")), time);
    return this;
  }

  public EventEditorPage inPerson(String venue, String address) {
    browser.find(By.cssSelector("input[name='place'][value='IN_PERSON']")).click();
    browser.type(By.id("venueName"), venue);
    browser.type(By.id("venueAddress"), address);
    return this;
  }

  public EventEditorPage online(String link) {
    browser.find(By.cssSelector("input[name='place'][value='ONLINE']")).click();
    browser.type(By.id("joiningUrl"), link);
    return this;
  }

  public EventEditorPage capacity(String seats) {
    browser.type(By.id("capacity"), seats);
    return this;
  }

  public EventEditorPage organiser(String name, String email) {
    browser.type(By.id("organiserName"), name);
    browser.type(By.id("organiserEmail"), email);
    return this;
  }

  /** Makes it a series: {@code how} (WEEKLY, MONTHLY), {@code times} events in all. */
  public EventEditorPage repeat(String how, String times) {
    browser.find(By.cssSelector("input[name='repeat'][value='" + how + "']")).click();
    browser.type(By.id("repeatTimes"), times);
    return this;
  }

  /** For a date of a series: apply to {@code THIS} date only or to it and every {@code LATER}. */
  public EventEditorPage scope(String which) {
    browser.find(By.cssSelector("input[name='scope'][value='" + which + "']")).click();
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

  /** The message beside the field {@code id} ("" when none). */
  public String error(String id) {
    var found = browser.findAll(By.id(id + "-error"));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  private void set(WebElement field, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", field, value);
  }
}
