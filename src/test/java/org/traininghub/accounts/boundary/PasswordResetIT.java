package org.traininghub.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;

/**
 * Forgotten passwords, end to end: the same answer for any address, a single-use link by mail, the
 * password rules on the new one, a notice that it changed; and a signed-in change of password.
 */
class PasswordResetIT extends BrowserTest {

  private static final String EMAIL = "cat.reset@it.traininghub.example";
  private static final String FIRST = "first long password here";
  private static final String SECOND = "second long password here";

  @BeforeAll
  static void aCoach() {
    People.coach(browser, "Cat Reset", EMAIL, FIRST, null);
  }

  private static void askForReset(String email) {
    browser.open("/access/forgot-password.xhtml");
    browser.type(By.id("forgot:email"), email);
    browser.clickAndWaitForPage(By.id("forgot:submit"));
  }

  @Test
  void aForgottenPasswordIsResetByASingleUseLink() throws Exception {
    String unknown = "nobody.here@it.traininghub.example";
    askForReset(unknown);
    String neutral = browser.text(By.id("forgot"));
    askForReset(EMAIL);
    String answer = browser.text(By.id("forgot"));
    assertEquals(neutral.replace(unknown, "X"), answer.replace(EMAIL, "X"), "the same answer");

    MimeMessage mail = PortalStack.get().smtp().awaitMessage(EMAIL, 2, Duration.ofSeconds(30));
    assertTrue(mail.getSubject().startsWith("Reset your password"), mail.getSubject());
    SmtpServer.assertPortalFooter(mail);
    String link = SmtpServer.link(mail, "/access/reset-password.xhtml?token=");

    browser.driver().get(link);
    browser.waitForPage();
    browser.checkAccessibility();
    browser.type(By.id("reset:password"), "password1234");
    browser.type(By.id("reset:confirmation"), "password1234");
    browser.clickAndWaitForPage(By.id("reset:submit"));
    assertTrue(browser.text(By.id("reset")).contains("harder to guess"), "a common password");

    browser.type(By.id("reset:password"), SECOND);
    browser.type(By.id("reset:confirmation"), SECOND);
    browser.clickAndWaitForPage(By.id("reset:submit"));
    assertTrue(browser.text(By.id("signin")).contains("Your password has been changed"));

    People.signIn(browser, EMAIL, FIRST);
    assertEquals("/signin.xhtml", browser.currentPath(), "the old password no longer works");
    People.signIn(browser, EMAIL, SECOND);
    assertEquals("/account/", browser.currentPath());
    People.signOut(browser);

    browser.driver().get(link);
    browser.waitForPage();
    assertTrue(browser.text(By.id("refusal")).contains("already been used"));

    MimeMessage notice = PortalStack.get().smtp().awaitMessage(EMAIL, 3, Duration.ofSeconds(30));
    assertTrue(notice.getSubject().contains("password was changed"), notice.getSubject());
    assertTrue(PortalStack.get().smtp().messagesTo(unknown).isEmpty(), "no mail to strangers");
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry e JOIN account a ON a.id = e.actor_id"
                + " WHERE a.email = ? AND e.action = 'Password reset'",
            EMAIL));

    // and, signed in, the password can be changed knowing the current one
    People.signIn(browser, EMAIL, SECOND);
    browser.open("/account/password.xhtml");
    browser.type(By.id("change:current"), "wrong current password");
    browser.type(By.id("change:password"), FIRST);
    browser.type(By.id("change:confirmation"), FIRST);
    browser.clickAndWaitForPage(By.id("change:submit"));
    assertTrue(browser.text(By.id("change")).contains("Your current password is not right"));
    browser.type(By.id("change:current"), SECOND);
    browser.type(By.id("change:password"), FIRST);
    browser.type(By.id("change:confirmation"), FIRST);
    browser.clickAndWaitForPage(By.id("change:submit"));
    assertTrue(browser.currentPath().startsWith("/account/"), browser.currentPath());
    assertTrue(browser.text(By.id("main")).contains("Your password has been changed"));
    People.signOut(browser);
  }

  @Test
  void signInIsThrottledAfterRepeatedFailures() {
    String email = "dan.guess@it.traininghub.example";
    People.coach(browser, "Dan Guess", email, FIRST, null);
    for (int i = 0; i < 5; i++) {
      People.signIn(browser, email, "a wrong guess number " + i);
    }
    People.signIn(browser, email, FIRST);
    assertEquals("/signin.xhtml", browser.currentPath());
    assertTrue(browser.text(By.id("signin")).contains("too many failed sign-ins"));
    assertEquals(
        "5",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry e JOIN account a ON a.id = e.actor_id"
                + " WHERE a.email = ? AND e.action = 'Sign-in failed'",
            email));
  }

  @Test
  void aPasswordResetLiftsTheThrottle() {
    String email = "eve.locked@it.traininghub.example";
    People.coach(browser, "Eve Locked", email, FIRST, null);
    for (int i = 0; i < 5; i++) {
      People.signIn(browser, email, "a wrong guess number " + i);
    }
    People.signIn(browser, email, FIRST);
    assertTrue(browser.text(By.id("signin")).contains("too many failed sign-ins"));

    askForReset(email);
    MimeMessage mail = PortalStack.get().smtp().awaitMessage(email, 2, Duration.ofSeconds(30));
    browser.driver().get(SmtpServer.link(mail, "/access/reset-password.xhtml?token="));
    browser.waitForPage();
    browser.type(By.id("reset:password"), SECOND);
    browser.type(By.id("reset:confirmation"), SECOND);
    browser.clickAndWaitForPage(By.id("reset:submit"));
    People.signIn(browser, email, SECOND);
    assertEquals("/account/", browser.currentPath(), "the owner, having proved the address");
    People.signOut(browser);
  }
}
