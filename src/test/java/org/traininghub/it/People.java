package org.traininghub.it;

import jakarta.mail.internet.MimeMessage;
import org.openqa.selenium.By;
import org.traininghub.it.pages.RegistrationPage;
import org.traininghub.it.pages.SignInPage;

/** People made through the portal's own pages, as a newcomer would: register, confirm, sign in. */
public final class People {

  private People() {}

  /** Fills in and sends the registration form (PCN left at "not listed" unless given). */
  public static void register(
      Browser browser, String name, String email, String password, String pcn, boolean newsletter) {
    RegistrationPage form = RegistrationPage.open(browser).name(name).email(email);
    if (pcn != null) {
      form.pcn(pcn);
    }
    form.password(password);
    if (newsletter) {
      form.newsletter();
    }
    form.register();
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
    SignInPage.open(browser).signIn(email, password);
  }

  public static void signOut(Browser browser) {
    String from = browser.currentPath();
    browser.clickAndWaitForPage(By.cssSelector("#signout input[type=submit]"));
    if (!"/".equals(browser.currentPath())) {
      throw new AssertionError(
          "Signing out from "
              + from
              + " should end on the home page, not "
              + browser.currentPath());
    }
  }

  /** A coach registered, confirmed and signed out again, ready for a test. */
  public static void coach(
      Browser browser, String name, String email, String password, String pcn) {
    register(browser, name, email, password, pcn, false);
    confirmAddress(browser, email, 1);
  }
}
