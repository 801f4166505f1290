package org.traininghub.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.traininghub.it.Browser;

/** A coach's registration form ({@code /access/register.xhtml}). */
public final class RegistrationPage {

  private final Browser browser;

  private RegistrationPage(Browser browser) {
    this.browser = browser;
  }

  public static RegistrationPage open(Browser browser) {
    browser.open("/access/register.xhtml");
    return new RegistrationPage(browser);
  }

  public RegistrationPage name(String name) {
    browser.type(By.id("register:name"), name);
    return this;
  }

  public RegistrationPage email(String email) {
    browser.type(By.id("register:email"), email);
    return this;
  }

  /** The PCN, by its name in the list ("not listed" when never chosen). */
  public RegistrationPage pcn(String pcn) {
    new Select(browser.find(By.id("register:pcn"))).selectByVisibleText(pcn);
    return this;
  }

  /** The password, typed the same way twice. */
  public RegistrationPage password(String password) {
    return passwords(password, password);
  }

  public RegistrationPage passwords(String password, String confirmation) {
    browser.type(By.id("register:password"), password);
    browser.type(By.id("register:confirmation"), confirmation);
    return this;
  }

  public RegistrationPage newsletter() {
    browser.find(By.id("register:newsletter")).click();
    return this;
  }

  /** Sends the form; the browser is on the page that follows (or the form with its problems). */
  public void register() {
    browser.clickAndWaitForPage(By.id("register:submit"));
  }

  /** The text of the form: its messages included. */
  public String form() {
    return browser.text(By.id("register"));
  }

  public String typedName() {
    return browser.find(By.id("register:name")).getAttribute("value");
  }

  public String typedEmail() {
    return browser.find(By.id("register:email")).getAttribute("value");
  }
}
