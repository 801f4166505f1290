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
import org.traininghub.it.pages.InvitationPage;

/**
 * An admin invites a PCN lead by email; the lead accepts, signs in, and sees their own PCN's
 * coaches only: another PCN's coach is "not found".
 */
class InvitationIT extends BrowserTest {

  private static final String LEAD = "lia.lead@it.traininghub.example";
  private static final String PASSWORD = "invited lead password";

  private static void invite(String name, String email) {
    InvitationPage.open(browser).name(name).email(email).pcn(DemoPeople.NORTH_PCN).invite();
  }

  @Test
  void anAddressIsSentAtMostThreeInvitationsAnHour() {
    String email = "ola.invited@it.traininghub.example";
    browser.signInAsAdmin();
    for (int i = 0; i < 3; i++) {
      invite("Ola Invited", email);
      assertTrue(browser.text(By.id("main")).contains("We have emailed an invitation to " + email));
    }
    invite("Ola Invited", email);
    String form = InvitationPage.current(browser).form();
    assertTrue(form.contains("3 invitations in the last hour"), form);
    assertEquals("3", Sql.scalar("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", email));
    People.signOut(browser);
  }

  @Test
  void anAdminInvitesAPcnLeadWhoSeesOnlyTheirPcnsCoaches() throws Exception {
    // Anyone may register naming any PCN; until the address is confirmed they are no coach of it.
    People.register(
        browser,
        "Una Unconfirmed",
        "una.unconfirmed@it.traininghub.example",
        "unconfirmed coach password",
        DemoPeople.NORTH_PCN,
        false);
    browser.signInAsAdmin();
    InvitationPage invitation = InvitationPage.open(browser).name("Lia Lead").email(LEAD);
    assertTrue(
        browser
            .text(By.id(browser.find(By.id("invite:name")).getAttribute("aria-describedby")))
            .contains("the person you are inviting"),
        "the name's hint speaks of the person invited");
    invitation.invite();
    assertTrue(
        invitation.form().contains("Choose the PCN this lead belongs to"),
        "a PCN lead needs a PCN");
    invitation.pcn(DemoPeople.NORTH_PCN).invite();
    assertTrue(browser.text(By.id("main")).contains("We have emailed an invitation to " + LEAD));
    browser.open("/admin/people/?q=lia");
    assertTrue(browser.text(By.id("people")).contains("Invited"));
    browser.screenshots("admin-people");
    MimeMessage first = PortalStack.get().smtp().awaitMessage(LEAD);
    SmtpServer.assertPortalFooter(first);

    // Invited again before accepting: a fresh link, and the first one no longer works.
    invite("Lia Lead", LEAD);
    MimeMessage mail = PortalStack.get().smtp().awaitMessage(LEAD, 2, Duration.ofSeconds(30));
    // An address with an account already is refused.
    invite("Someone", DemoPeople.COACH_EMAIL);
    assertTrue(
        InvitationPage.current(browser).form().contains("This address already has an account"));
    People.signOut(browser);

    browser.driver().get(SmtpServer.link(first, "/access/invitation.xhtml?token="));
    browser.waitForPage();
    assertTrue(browser.text(By.id("refusal")).contains("already been used"));

    assertTrue(SmtpServer.text(mail).contains("as PCN lead for " + DemoPeople.NORTH_PCN));
    browser.driver().get(SmtpServer.link(mail, "/access/invitation.xhtml?token="));
    browser.waitForPage();
    browser.checkAccessibility();
    browser.type(By.id("accept:password"), PASSWORD);
    browser.type(By.id("accept:confirmation"), PASSWORD);
    browser.clickAndWaitForPage(By.id("accept:submit"));
    People.signIn(browser, LEAD, PASSWORD);
    assertEquals("/pcn/", browser.currentPath());
    String coaches = browser.text(By.id("coaches"));
    assertTrue(coaches.contains("Asha Patel (demo)"), coaches);
    assertFalse(coaches.contains("Ben Okafor (demo)"), "another PCN's coach is not listed");
    assertFalse(coaches.contains("Una Unconfirmed"), "an unconfirmed registration is not listed");
    browser.screenshots("pcn-coaches");
    browser.usePhoneWidth();
    assertFalse(browser.scrollsSideways(), "the table scrolls in its box, not the page");
    browser.useDesktopWidth();

    browser.clickAndWaitForPage(By.linkText("Asha Patel (demo)"));
    assertTrue(browser.text(By.id("coach")).contains("Dr Tom Reed (demo)"));

    String other =
        Sql.scalar("SELECT id FROM account WHERE email = ?", DemoPeople.OTHER_COACH_EMAIL);
    browser.driver().get(PortalStack.get().url("/pcn/coach.xhtml?id=" + other));
    browser.waitForPage();
    assertFalse(browser.driver().getPageSource().contains("Ben Okafor"));
    assertTrue(browser.text(By.tagName("h1")).contains("not found"), "a 404 page");
    assertFalse(browser.text(By.id("main")).contains("retired"), "a coach is not retired training");
    String unconfirmed =
        Sql.scalar(
            "SELECT id FROM account WHERE email = ?", "una.unconfirmed@it.traininghub.example");
    browser.driver().get(PortalStack.get().url("/pcn/coach.xhtml?id=" + unconfirmed));
    browser.waitForPage();
    assertFalse(browser.driver().getPageSource().contains("Una Unconfirmed"));
    People.signOut(browser);
  }
}
