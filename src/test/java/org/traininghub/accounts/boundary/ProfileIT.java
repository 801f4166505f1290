package org.traininghub.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;

/**
 * A coach keeps the profile the role's rules ask for; a new address is confirmed from that address;
 * and a save from a stale page rolls back whole, the mail it would have sent included.
 */
class ProfileIT extends BrowserTest {

  private static final String PASSWORD = "profile test password";

  @Test
  void aCoachKeepsTheirProfile() {
    String email = "ivy.profile@it.traininghub.example";
    People.coach(browser, "Ivy Profile", email, PASSWORD, null);
    People.signIn(browser, email, PASSWORD);
    browser.open("/account/");
    new Select(browser.find(By.id("profile:pcn"))).selectByVisibleText(DemoPeople.NORTH_PCN);
    browser.type(By.id("profile:practice"), "Riverside Surgery");
    browser.find(By.cssSelector("input[value='PART_TIME']")).click();
    browser.type(By.id("profile:supervisionIntervalWeeks"), "20");
    browser.type(By.id("profile:gpSupervisor"), "Dr <b>Bold</b>");
    browser.clickAndWaitForPage(By.id("profile:save"));
    String errors = browser.text(By.id("profile"));
    assertTrue(errors.contains("from 5 to 13"), errors);
    assertTrue(errors.contains("GP supervisor must not contain < or >"), errors);
    browser.screenshots("profile-errors");

    browser.type(By.id("profile:supervisionIntervalWeeks"), "8");
    browser.type(By.id("profile:gpSupervisor"), "Dr Tom Reed");
    browser.type(By.id("profile:linkWorkers"), "Sam Green, social prescribing");
    browser.clickAndWaitForPage(By.id("profile:save"));
    assertTrue(browser.text(By.id("main")).contains("Your details are saved"));
    assertEquals(
        "8",
        Sql.scalar(
            "SELECT p.supervision_interval_weeks FROM coach_profile p JOIN account a"
                + " ON a.id = p.account_id WHERE a.email = ?",
            email));
    browser.screenshots("profile");
    People.signOut(browser);
  }

  @Test
  void aNewAddressIsUsedOnlyOnceConfirmedFromIt() throws Exception {
    String email = "jon.moves@it.traininghub.example";
    String moved = "jon.moved@it.traininghub.example";
    People.coach(browser, "Jon Moves", email, PASSWORD, null);
    People.signIn(browser, email, PASSWORD);
    browser.open("/account/");
    browser.type(By.id("profile:email"), moved);
    browser.clickAndWaitForPage(By.id("profile:save"));
    assertTrue(browser.text(By.id("main")).contains("We have sent a link to " + moved));
    assertEquals("1", Sql.scalar("SELECT COUNT(*) FROM account WHERE email = ?", email));

    MimeMessage mail = PortalStack.get().smtp().awaitMessage(moved);
    browser.driver().get(SmtpServer.link(mail, "/access/confirm-email.xhtml?token="));
    browser.waitForPage();
    browser.checkAccessibility();
    browser.clickAndWaitForPage(By.id("confirm:submit"));
    assertTrue(browser.text(By.id("signin")).contains("Sign in with it"));
    People.signIn(browser, moved, PASSWORD);
    assertTrue(browser.currentPath().startsWith("/account/"));
    MimeMessage notice = PortalStack.get().smtp().awaitMessage(email, 2, Duration.ofSeconds(30));
    assertTrue(notice.getSubject().contains("new email address"), notice.getSubject());
    People.signOut(browser);
  }

  @Test
  void aSaveFromAStalePageRollsBackAndSendsNoMail() {
    String email = "kim.stale@it.traininghub.example";
    String wanted = "kim.elsewhere@it.traininghub.example";
    People.coach(browser, "Kim Stale", email, PASSWORD, null);
    People.signIn(browser, email, PASSWORD);
    browser.open("/account/");
    String first = browser.driver().getWindowHandle();
    browser.driver().switchTo().newWindow(WindowType.TAB);
    browser.open("/account/");
    browser.type(By.id("profile:practice"), "Saved in the second tab");
    browser.clickAndWaitForPage(By.id("profile:save"));
    browser.driver().close();
    browser.driver().switchTo().window(first);

    browser.type(By.id("profile:email"), wanted);
    browser.type(By.id("profile:name"), "Kim From The Old Tab");
    browser.clickAndWaitForPage(By.id("profile:save"));
    assertTrue(browser.text(By.id("profile")).contains("nothing was saved"));

    assertEquals(
        "Kim Stale", Sql.scalar("SELECT display_name FROM account WHERE email = ?", email));
    assertEquals("0", Sql.scalar("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", wanted));
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM account_token t JOIN account a ON a.id = t.account_id"
                + " WHERE a.email = ? AND t.purpose = 'EMAIL'",
            email));
    sleep(6_000); // more than a dispatcher tick
    List<MimeMessage> none = PortalStack.get().smtp().messagesTo(wanted);
    assertTrue(none.isEmpty(), "nothing is sent for a rolled-back change");
    People.signOut(browser);
  }

  @Test
  void savingANewAddressAgainAndAgainSendsAtMostThreeLinksAnHour() {
    String email = "lou.repeats@it.traininghub.example";
    String target = "someone.else@it.traininghub.example";
    People.coach(browser, "Lou Repeats", email, PASSWORD, null);
    People.signIn(browser, email, PASSWORD);
    for (int i = 1; i <= 3; i++) {
      browser.open("/account/");
      browser.type(By.id("profile:email"), target);
      browser.type(By.id("profile:name"), "Click https://evil.example " + i);
      browser.clickAndWaitForPage(By.id("profile:save"));
      assertTrue(browser.text(By.id("main")).contains("We have sent a link to " + target));
    }
    browser.open("/account/");
    browser.type(By.id("profile:email"), target);
    browser.clickAndWaitForPage(By.id("profile:save"));
    assertTrue(
        browser.text(By.id("profile")).contains("3 confirmation links in the last hour"),
        browser.text(By.id("profile")));
    assertEquals("3", Sql.scalar("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", target));
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND body_text LIKE ?",
            target,
            "%evil.example%"),
        "the mail to an unproven address does not carry the sender's words");
    People.signOut(browser);
  }

  @Test
  void anAddressOfAnotherAccountIsAnsweredAsAnyOther() {
    String email = "mo.clash@it.traininghub.example";
    String owner = "nia.owner@it.traininghub.example";
    People.coach(browser, "Nia Owner", owner, PASSWORD, null);
    People.coach(browser, "Mo Clash", email, PASSWORD, null);
    People.signIn(browser, email, PASSWORD);
    browser.open("/account/");
    browser.type(By.id("profile:email"), owner);
    browser.clickAndWaitForPage(By.id("profile:save"));
    String answer = browser.text(By.id("main"));
    assertTrue(answer.contains("We have sent a link to " + owner), answer);
    assertFalse(answer.contains("already"), answer);
    People.signOut(browser);

    // The address's owner learns of the clash from the link, and nothing changes.
    MimeMessage mail = PortalStack.get().smtp().awaitMessage(owner, 2, Duration.ofSeconds(30));
    browser.driver().get(SmtpServer.link(mail, "/access/confirm-email.xhtml?token="));
    browser.waitForPage();
    browser.clickAndWaitForPage(By.id("confirm:submit"));
    assertTrue(browser.text(By.id("main")).contains("already has an account"));
    assertEquals("1", Sql.scalar("SELECT COUNT(*) FROM account WHERE email = ?", email));
    assertEquals("1", Sql.scalar("SELECT COUNT(*) FROM account WHERE email = ?", owner));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
