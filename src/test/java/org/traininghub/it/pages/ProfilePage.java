package org.traininghub.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.traininghub.it.Browser;

/** "Your account" ({@code /account/}): details and the coach profile. */
public final class ProfilePage {

  private final Browser browser;

  private ProfilePage(Browser browser) {
    this.browser = browser;
  }

  public static ProfilePage open(Browser browser) {
    browser.open("/account/");
    return new ProfilePage(browser);
  }

  public ProfilePage name(String name) {
    browser.type(By.id("profile:name"), name);
    return this;
  }

  public ProfilePage email(String email) {
    browser.type(By.id("profile:email"), email);
    return this;
  }

  public ProfilePage pcn(String pcn) {
    new Select(browser.find(By.id("profile:pcn"))).selectByVisibleText(pcn);
    return this;
  }

  public ProfilePage practice(String practice) {
    browser.type(By.id("profile:practice"), practice);
    return this;
  }

  /** The working pattern, by its value (FULL_TIME, PART_TIME, ...). */
  public ProfilePage workingPattern(String value) {
    browser.find(By.cssSelector("input[value='" + value + "']")).click();
    return this;
  }

  public ProfilePage supervisionIntervalWeeks(String weeks) {
    browser.type(By.id("profile:supervisionIntervalWeeks"), weeks);
    return this;
  }

  public ProfilePage gpSupervisor(String name) {
    browser.type(By.id("profile:gpSupervisor"), name);
    return this;
  }

  public ProfilePage linkWorkers(String names) {
    browser.type(By.id("profile:linkWorkers"), names);
    return this;
  }

  /** Saves; the browser is on the page that follows (or the form with its problems). */
  public void save() {
    browser.clickAndWaitForPage(By.id("profile:save"));
  }

  /** The text of the form: its messages included. */
  public String form() {
    return browser.text(By.id("profile"));
  }
}
