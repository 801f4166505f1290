package org.traininghub.it;

import jakarta.mail.internet.MimeMessage;
import org.openqa.selenium.By;

/** People made through the portal's own pages, as a newcomer would: register, confirm, sign in. */
public final class People {

  private People() {}

  /** Fills in and sends the registration form (PCN left at "not listed" unless given). */
  public static void register(
      Browser browser, String name, String email, String password, String pcn, boolean newsletter) {
    browser.open("/access/register.xhtml");
    browser.type(By.id("register:name"), name);
    browser.type(By.id("register:email"), email);
    if (pcn != null) {
      new org.openqa.selenium.support.ui.Select(browser.find(By.id("register:pcn")))
          .selectByVisibleText(pcn);
    }
    browser.type(By.id("register:password"), password);
    browser.type(By.id("register:confirmation"), password);
    if (newsletter) {
      browser.find(By.id("register:newsletter")).click();
    }
    browser.clickAndWaitForPage(By.id("register:submit"));
  }

  /** Follows the newest verification link mailed to {@code email} and confirms the address. */
  public static void confirmAddress(Browser browser, String email, int mailNumber) {
    MimeMessage mail =
        PortalStack.get().smtp().awaitMessage(email, mailNumber, java.time.Duration.ofSeconds(30));
    browser.driver().get(SmtpServer.link(mail, "/access/verify.xhtml"));
    browser.waitForPage();
    browser.checkAccessibility();
    browser.clickAndWaitForPage(By.id("verify:submit"));
  }

  public static void signIn(Browser browser, String email, String password) {
    browser.open("/signin.xhtml");
    browser.type(By.id("email"), email);
    browser.type(By.id("password"), password);
    browser.clickAndWaitForPage(By.id("submit"));
  }

  public static void signOut(Browser browser) {
    browser.clickAndWaitForPage(By.cssSelector("#signout input[type=submit]"));
  }

  /** A coach registered, confirmed and signed out again, ready for a test. */
  public static void coach(
      Browser browser, String name, String email, String password, String pcn) {
    register(browser, name, email, password, pcn, false);
    confirmAddress(browser, email, 1);
  }
}
