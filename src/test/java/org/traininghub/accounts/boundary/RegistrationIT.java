package org.traininghub.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;
import org.traininghub.it.pages.RegistrationPage;
import org.traininghub.it.pages.SignInPage;
import org.traininghub.mail.control.MessageId;

/**
 * A coach registers, the verification mail arrives at a real SMTP server, the link confirms the
 * address, and then (not before) the coach can sign in. Bad input and reused links get clear
 * messages; a second registration of the address tells its owner by mail, not the visitor.
 */
class RegistrationIT extends BrowserTest {

  private static final String PASSWORD = "wellbeing coaching in practice";

  @Test
  void aCoachRegistersConfirmsTheAddressAndSignsIn() {
    String email = "ann.register@it.traininghub.example";
    People.register(browser, "Ann Register", email, PASSWORD, null, true);
    assertEquals("/access/check-email.xhtml", browser.currentPath());
    browser.screenshots("check-email");

    People.signIn(browser, email, PASSWORD);
    assertTrue(
        SignInPage.current(browser).form().contains("not confirmed yet"),
        "no sign-in before the address is confirmed");

    MimeMessage mail = PortalStack.get().smtp().awaitMessage(email);
    String link = SmtpServer.link(mail, "/access/verify.xhtml?token=");
    SmtpServer.assertPortalFooter(mail);
    assertTrue(SmtpServer.html(mail).contains("Confirm my email address"));
    assertTrue(SmtpServer.text(mail).startsWith("Dear Ann Register,"));

    browser.driver().get(link);
    browser.waitForPage();
    browser.checkAccessibility();
    browser.screenshots("verify-email");
    browser.clickAndWaitForPage(By.id("verify:submit"));
    assertTrue(SignInPage.current(browser).form().contains("Your email address is confirmed"));

    People.signIn(browser, email, PASSWORD);
    assertEquals("/account/", browser.currentPath());
    assertEquals(
        "1", Sql.scalar("SELECT newsletter + 0 FROM account WHERE email = ?", email), "opted in");
    People.signOut(browser);

    browser.driver().get(link);
    browser.waitForPage();
    assertTrue(browser.text(By.id("refusal")).contains("already been used"));
  }

  @Test
  void badInputIsNamedBesideEachFieldAndNothingIsSaved() {
    RegistrationPage registration =
        RegistrationPage.open(browser)
            .name("<script>alert(1)</script>")
            .email("not-an-address")
            .passwords("short", "different");
    registration.register();
    String form = registration.form();
    assertTrue(form.contains("Name must not contain < or >"), form);
    assertTrue(form.contains("Enter an email address in the right format"), form);
    assertTrue(form.contains("Password must be at least 12 characters"), form);
    assertTrue(form.contains("The two passwords are not the same"), form);
    assertFalse(
        browser.driver().getPageSource().contains("<script>alert(1)</script>"),
        "the name is never reflected unescaped");
    assertEquals("0", Sql.scalar("SELECT COUNT(*) FROM account WHERE email = 'not-an-address'"));
    browser.screenshots("register-errors");
  }

  @Test
  void registeringAnAddressTwiceMailsItsOwnerAndAnswersTheSame() throws Exception {
    String email = "bea.twice@it.traininghub.example";
    People.coach(browser, "Bea Twice", email, PASSWORD, null);

    People.register(browser, "Someone Else", email, "another long password", null, false);
    assertEquals("/access/check-email.xhtml", browser.currentPath(), "the same answer");
    MimeMessage second = PortalStack.get().smtp().awaitMessage(email, 2, Duration.ofSeconds(30));
    assertTrue(second.getSubject().contains("You already have an account"), second.toString());
    assertEquals(
        "Bea Twice", Sql.scalar("SELECT display_name FROM account WHERE email = ?", email));
  }

  @Test
  void aMadeUpLinkIsRefused() {
    browser.open("/access/verify.xhtml?token=made-up-token");
    assertTrue(browser.text(By.id("refusal")).contains("This link is not valid"));
  }

  @Test
  void aNewConfirmationLinkIsSentAfterTheAnswerAndAtMostThreeAnHour() {
    String email = "cy.resend@it.traininghub.example";
    String unknown = "cy.nobody@it.traininghub.example";
    People.register(browser, "Cy Resend", email, PASSWORD, null, false);
    PortalStack.get().smtp().awaitMessage(email);
    for (String address : new String[] {unknown, email, email, email, email}) {
      browser.open("/access/resend.xhtml");
      browser.type(By.id("resend:email"), address);
      browser.clickAndWaitForPage(By.id("resend:submit"));
      assertEquals("/access/check-email.xhtml", browser.currentPath(), "the same answer");
    }
    // the registration's link and two more: three an hour to one address
    PortalStack.get().smtp().awaitMessage(email, 3, Duration.ofSeconds(30));
    // Each link withdraws the one before; the mails may arrive in any order, so the newest link is
    // the one whose mail was queued last.
    String newestKey =
        Sql.scalar(
            "SELECT idempotency_key FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1",
            email);
    String newestId = MessageId.of(newestKey, "x");
    MimeMessage newest =
        PortalStack.get().smtp().messagesTo(email).stream()
            .filter(m -> messageId(m).startsWith(newestId.substring(0, newestId.indexOf('@'))))
            .findFirst()
            .orElseThrow();
    browser.driver().get(SmtpServer.link(newest, "/access/verify.xhtml?token="));
    browser.waitForPage();
    browser.clickAndWaitForPage(By.id("verify:submit"));
    People.signIn(browser, email, PASSWORD);
    assertEquals("/account/", browser.currentPath());
    People.signOut(browser);
    assertEquals("3", Sql.scalar("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", email));
    assertTrue(PortalStack.get().smtp().messagesTo(unknown).isEmpty(), "no mail to strangers");
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }
}
