package org.traininghub.it.pages;

import org.openqa.selenium.By;
import org.traininghub.it.Browser;

/** The sign-in page ({@code /signin.xhtml}), also shown in place of a protected page. */
public final class SignInPage {

  private final Browser browser;

  private SignInPage(Browser browser) {
    this.browser = browser;
  }

  public static SignInPage open(Browser browser) {
    browser.open("/signin.xhtml");
    return new SignInPage(browser);
  }

  /** The sign-in form the browser is on now (after a redirect or a failed attempt). */
  public static SignInPage current(Browser browser) {
    return new SignInPage(browser);
  }

  /** Types the address and password and signs in; the browser is on the page that follows. */
  public void signIn(String email, String password) {
    browser.type(By.id("email"), email);
    browser.type(By.id("password"), password);
    browser.clickAndWaitForPage(By.id("submit"));
  }

  /** The text of the sign-in form: its messages included. */
  public String form() {
    return browser.text(By.id("signin"));
  }

  public String typedEmail() {
    return browser.find(By.id("email")).getAttribute("value");
  }
}
