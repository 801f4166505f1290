package org.traininghub.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;

/**
 * An admin invites a PCN lead by email; the lead accepts, signs in, and sees their own PCN's
 * coaches only: another PCN's coach is "not found".
 */
class InvitationIT extends BrowserTest {

  private static final String LEAD = "lia.lead@it.traininghub.example";
  private static final String PASSWORD = "invited lead password";

  @Test
  void anAdminInvitesAPcnLeadWhoSeesOnlyTheirPcnsCoaches() throws Exception {
    browser.signInAsAdmin();
    browser.open("/admin/people/invite.xhtml");
    browser.type(By.id("invite:name"), "Lia Lead");
    browser.type(By.id("invite:email"), LEAD);
    browser.clickAndWaitForPage(By.id("invite:submit"));
    assertTrue(
        browser.text(By.id("invite")).contains("Choose the PCN this lead belongs to"),
        "a PCN lead needs a PCN");
    new Select(browser.find(By.id("invite:pcn"))).selectByVisibleText(DemoPeople.NORTH_PCN);
    browser.clickAndWaitForPage(By.id("invite:submit"));
    assertTrue(browser.text(By.id("main")).contains("We have emailed an invitation to " + LEAD));
    browser.open("/admin/people/?q=lia");
    assertTrue(browser.text(By.id("people")).contains("Invited"));
    browser.screenshots("admin-people");
    People.signOut(browser);

    MimeMessage mail = PortalStack.get().smtp().awaitMessage(LEAD);
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
    browser.screenshots("pcn-coaches");

    browser.clickAndWaitForPage(By.linkText("Asha Patel (demo)"));
    assertTrue(browser.text(By.id("coach")).contains("Dr Tom Reed (demo)"));

    String other =
        Sql.scalar("SELECT id FROM account WHERE email = ?", DemoPeople.OTHER_COACH_EMAIL);
    browser.driver().get(PortalStack.get().url("/pcn/coach.xhtml?id=" + other));
    browser.waitForPage();
    assertFalse(browser.driver().getPageSource().contains("Ben Okafor"));
    assertTrue(browser.text(By.tagName("h1")).contains("not found"), "a 404 page");
    People.signOut(browser);
  }
}
