package org.traininghub.accounts.boundary;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;
import org.traininghub.it.pages.ProfilePage;
import org.traininghub.it.pages.SignInPage;

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
    ProfilePage.open(browser);
    assertEquals(
        "pattern-hint",
        browser
            .find(By.xpath("//fieldset[.//input[@name='profile:workingPattern']]"))
            .getAttribute("aria-describedby"),
        "the working pattern's hint describes its radio group");
    ProfilePage profile =
        ProfilePage.open(browser)
            .pcn(DemoPeople.NORTH_PCN)
            .practice("Riverside Surgery")
            .workingPattern("PART_TIME")
            .supervisionIntervalWeeks("20")
            .gpSupervisor("Dr <b>Bold</b>");
    profile.save();
    String errors = profile.form();
    assertTrue(errors.contains("from 5 to 13"), errors);
    assertTrue(errors.contains("GP supervisor must not contain < or >"), errors);
    browser.screenshots("profile-errors");

    profile
        .supervisionIntervalWeeks("8")
        .gpSupervisor("Dr Tom Reed")
        .linkWorkers("Sam Green, social prescribing")
        .save();
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
    ProfilePage.open(browser).email(moved).save();
    assertTrue(browser.text(By.id("main")).contains("We have sent a link to " + moved));
    assertEquals("1", Sql.scalar("SELECT COUNT(*) FROM account WHERE email = ?", email));

    MimeMessage mail = PortalStack.get().smtp().awaitMessage(moved);
    SmtpServer.assertPortalFooter(mail);
    browser.driver().get(SmtpServer.link(mail, "/access/confirm-email.xhtml?token="));
    browser.waitForPage();
    browser.checkAccessibility();
    browser.clickAndWaitForPage(By.id("confirm:submit"));
    assertTrue(SignInPage.current(browser).form().contains("Sign in with it"));
    People.signIn(browser, moved, PASSWORD);
    assertTrue(browser.currentPath().startsWith("/account/"));
    MimeMessage notice = PortalStack.get().smtp().awaitMessage(email, 2, Duration.ofSeconds(30));
    assertTrue(notice.getSubject().contains("new email address"), notice.getSubject());
    SmtpServer.assertPortalFooter(notice);
    People.signOut(browser);
  }

  @Test
  void aSaveFromAStalePageRollsBackAndSendsNoMail() {
    String email = "kim.stale@it.traininghub.example";
    String wanted = "kim.elsewhere@it.traininghub.example";
    People.coach(browser, "Kim Stale", email, PASSWORD, null);
    People.signIn(browser, email, PASSWORD);
    ProfilePage stale = ProfilePage.open(browser);
    String first = browser.driver().getWindowHandle();
    browser.driver().switchTo().newWindow(WindowType.TAB);
    ProfilePage.open(browser).practice("Saved in the second tab").save();
    browser.driver().close();
    browser.driver().switchTo().window(first);

    stale.email(wanted).name("Kim From The Old Tab").save();
    assertTrue(stale.form().contains("nothing was saved"));

    assertEquals(
        "Kim Stale", Sql.scalar("SELECT display_name FROM account WHERE email = ?", email));
    assertEquals("0", Sql.scalar("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", wanted));
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM account_token t JOIN account a ON a.id = t.account_id"
                + " WHERE a.email = ? AND t.purpose = 'EMAIL'",
            email));
    // nothing is sent for a rolled-back change, for several dispatcher ticks (1 s each in tests)
    await("no mail to " + wanted)
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(4))
        .until(() -> PortalStack.get().smtp().messagesTo(wanted).isEmpty());
    People.signOut(browser);
  }

  @Test
  void savingANewAddressAgainAndAgainSendsAtMostThreeLinksAnHour() {
    String email = "lou.repeats@it.traininghub.example";
    String target = "someone.else@it.traininghub.example";
    People.coach(browser, "Lou Repeats", email, PASSWORD, null);
    People.signIn(browser, email, PASSWORD);
    for (int i = 1; i <= 3; i++) {
      ProfilePage.open(browser).email(target).name("Click https://evil.example " + i).save();
      assertTrue(browser.text(By.id("main")).contains("We have sent a link to " + target));
    }
    ProfilePage profile = ProfilePage.open(browser).email(target);
    profile.save();
    assertTrue(profile.form().contains("3 confirmation links in the last hour"), profile.form());
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
    ProfilePage.open(browser).email(owner).save();
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
}
