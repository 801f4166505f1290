package org.traininghub.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.traininghub.it.Browser;

/** Inviting a PCN lead or hub admin ({@code /admin/people/invite.xhtml}). */
public final class InvitationPage {

  private final Browser browser;

  private InvitationPage(Browser browser) {
    this.browser = browser;
  }

  public static InvitationPage open(Browser browser) {
    browser.open("/admin/people/invite.xhtml");
    return new InvitationPage(browser);
  }

  /** The form the browser is on now (sent back with its problems). */
  public static InvitationPage current(Browser browser) {
    return new InvitationPage(browser);
  }

  public InvitationPage name(String name) {
    browser.type(By.id("invite:name"), name);
    return this;
  }

  public InvitationPage email(String email) {
    browser.type(By.id("invite:email"), email);
    return this;
  }

  public InvitationPage pcn(String pcn) {
    new Select(browser.find(By.id("invite:pcn"))).selectByVisibleText(pcn);
    return this;
  }

  /** Sends the invitation; the browser is on the page that follows, or the form with problems. */
  public void invite() {
    browser.clickAndWaitForPage(By.id("invite:submit"));
  }

  /** The text of the form: its messages included. */
  public String form() {
    return browser.text(By.id("invite"));
  }
}
