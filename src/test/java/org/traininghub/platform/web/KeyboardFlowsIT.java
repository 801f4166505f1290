package org.traininghub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Keyboard;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;

/**
 * The portal's main flows done with the keyboard alone (WCAG 2.2), at desktop and phone width:
 * every Tab lands on something meaningful that shows the yellow-and-black focus, never on {@code
 * <body>}; every page reached is checked with axe-core (WCAG 2.2 tags) and starts at its skip link.
 */
class KeyboardFlowsIT extends BrowserTest {

  private final Keyboard keys = new Keyboard(browser);

  @AfterEach
  void backToDesktop() {
    browser.useDesktopWidth();
    browser.driver().manage().deleteAllCookies();
  }

  private static void width(int width) {
    browser.resize(new Dimension(width, width > 400 ? 900 : 844));
  }

  @ParameterizedTest(name = "at {0} px")
  @ValueSource(ints = {1280, 390})
  void browseAndSearchTheCatalogue(int width) {
    width(width);
    browser.open("/");
    keys.tabTo(By.cssSelector(".hub-nav a[href$='/catalogue/']"));
    keys.pressForNewPage(Keys.ENTER);
    assertEquals("/catalogue/", browser.currentPath());

    keys.tabTo(By.id("q"));
    keys.type("social prescribing");
    keys.pressForNewPage(Keys.ENTER);
    assertTrue(browser.currentPath().contains("q=social"), browser.currentPath());

    keys.tabTo(By.xpath("//h3[@class='hub-card__title']/a[text()='Social Prescribing']"));
    keys.pressForNewPage(Keys.ENTER);
    // the item's address carries the search it was found with, for its way back
    assertEquals("/catalogue/e-lfh-social-prescribing?q=social+prescribing", browser.currentPath());

    keys.tabTo(By.linkText("Back to the training catalogue"));
    keys.pressForNewPage(Keys.ENTER);
    assertEquals("/catalogue/?q=social+prescribing", browser.currentPath());
  }

  @ParameterizedTest(name = "at {0} px")
  @ValueSource(ints = {1280, 390})
  void registerSignInEditTheProfileAndSignOut(int width) {
    width(width);
    String email = "kim.keys" + width + "@it.traininghub.example";
    String password = "keyboard only password";
    browser.open("/");
    keys.tabTo(By.cssSelector(".hub-nav a[href$='/access/register.xhtml']"));
    keys.pressForNewPage(Keys.ENTER);
    keys.tabTo(By.id("register:name"));
    keys.type("Kim Keys");
    keys.tabTo(By.id("register:email"));
    keys.type(email);
    keys.tabTo(By.id("register:pcn"));
    keys.press(Keys.ARROW_DOWN);
    keys.checkFocus();
    keys.tabTo(By.id("register:password"));
    keys.type(password);
    keys.tabTo(By.id("register:confirmation"));
    keys.type(password);
    keys.tabTo(By.id("register:newsletter"));
    keys.press(Keys.SPACE);
    assertTrue(browser.find(By.id("register:newsletter")).isSelected(), "Space ticks the box");
    keys.tabTo(By.id("register:submit"));
    keys.pressForNewPage(Keys.ENTER);
    assertEquals("/access/check-email.xhtml", browser.currentPath());

    MimeMessage mail = PortalStack.get().smtp().awaitMessage(email, 1, Duration.ofSeconds(30));
    browser.driver().get(SmtpServer.link(mail, "/access/verify.xhtml"));
    browser.waitForPage();
    keys.tabTo(By.id("verify:submit"));
    keys.pressForNewPage(Keys.ENTER);

    signIn(email, password);
    assertEquals("/account/", browser.currentPath());
    keys.tabTo(By.id("profile:practice"));
    keys.replace("Keyboard Lane Surgery");
    keys.tabTo(By.id("profile:save"));
    keys.pressForNewPage(Keys.ENTER);
    assertTrue(browser.text(By.id("main")).contains("Your details are saved"));
    assertEquals(
        "Keyboard Lane Surgery",
        Sql.scalar(
            "SELECT p.practice FROM coach_profile p JOIN account a ON a.id = p.account_id"
                + " WHERE a.email = ?",
            email));

    keys.tabTo(By.cssSelector("#signout input[type=submit]"));
    keys.pressForNewPage(Keys.ENTER);
    assertEquals("/", browser.currentPath());
  }

  @ParameterizedTest(name = "at {0} px")
  @ValueSource(ints = {1280, 390})
  void anAdminEditsAnItemInvitesAndReadsMail(int width) {
    width(width);
    signIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    assertEquals("/admin/", browser.currentPath());

    String id =
        Sql.scalar("SELECT id FROM catalogue_item WHERE slug = ?", "new-to-primary-care-induction");
    browser.open("/admin/catalogue/edit.xhtml?id=" + id);
    keys.tabTo(By.id("fundingNote"));
    keys.replace("Free; funded by the hub (" + width + ").");
    keys.tabTo(By.id("save"));
    keys.pressForNewPage(Keys.ENTER);
    assertEquals("/admin/catalogue/", browser.currentPath().replaceAll("index\\.xhtml$", ""));
    assertEquals(
        "Free; funded by the hub (" + width + ").",
        Sql.scalar("SELECT funding_note FROM catalogue_item WHERE id = ?", id));

    browser.open("/admin/");
    keys.tabTo(By.cssSelector("main a[href$='/admin/people/']"));
    keys.pressForNewPage(Keys.ENTER);
    keys.tabTo(By.id("invite"));
    keys.pressForNewPage(Keys.ENTER);
    String invited = "lee.keys" + width + "@it.traininghub.example";
    keys.tabTo(By.id("invite:name"));
    keys.type("Lee Keys");
    keys.tabTo(By.id("invite:email"));
    keys.type(invited);
    keys.tabTo(By.cssSelector("#invite\\:role input:checked"));
    keys.press(Keys.ARROW_DOWN);
    keys.checkFocus();
    keys.press(Keys.ARROW_UP);
    keys.checkFocus();
    assertTrue(
        browser.find(By.cssSelector("#invite\\:role input[value='PCN_LEAD']")).isSelected(),
        "the arrows move the choice back to PCN lead");
    keys.tabTo(By.id("invite:pcn"));
    keys.press(Keys.ARROW_DOWN);
    keys.checkFocus();
    keys.tabTo(By.id("invite:submit"));
    keys.pressForNewPage(Keys.ENTER);
    assertEquals("INVITED", Sql.scalar("SELECT status FROM account WHERE email = ?", invited));

    browser.open("/admin/");
    keys.tabTo(By.cssSelector("main a[href$='/admin/mail/']"));
    keys.pressForNewPage(Keys.ENTER);
    keys.tabTo(By.cssSelector(".hub-table-wrap"));
    keys.screenshot("keyboard-mail-table-focus-" + width);
    keys.tabTo(By.xpath("//main//tr[contains(., '" + invited + "')]//a"));
    keys.pressForNewPage(Keys.ENTER);
    assertTrue(browser.currentPath().startsWith("/admin/mail/message.xhtml"));
  }

  @ParameterizedTest(name = "at {0} px")
  @ValueSource(ints = {1280, 390})
  void aPcnLeadOpensACoach(int width) {
    width(width);
    signIn(DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD);
    assertEquals("/pcn/", browser.currentPath());
    keys.tabTo(By.cssSelector(".hub-table-wrap"));
    keys.screenshot("keyboard-pcn-table-focus-" + width);
    keys.tabTo(By.xpath("//main//table//a[contains(., 'Asha Patel')]"));
    keys.pressForNewPage(Keys.ENTER);
    assertTrue(browser.currentPath().startsWith("/pcn/coach.xhtml"), browser.currentPath());
    assertTrue(browser.text(By.id("coach")).contains("Riverside Surgery"));
  }

  /**
   * The PrimeFaces controls show the same focus as the rest of the portal (WCAG 2.2, 1.4.11):
   * sortable headers, row buttons, paginator links, the question's buttons, and at phone width the
   * "Sort" dropdown. Each is focused where it is (the walk to it by Tab is the table tests' part),
   * checked and saved as a screenshot.
   */
  @Test
  void primeFacesControlsShowTheYellowAndBlackFocus() {
    signIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    browser.open("/admin/catalogue/");
    focusAndCheck(By.cssSelector("th.ui-sortable-column"), "focus-sortable-header");
    focusAndCheck(By.cssSelector(".ui-paginator-page"), "focus-paginator-page");
    focusAndCheck(By.cssSelector("#items\\:table button.ui-button-danger"), "focus-retire-button");
    keys.press(Keys.ENTER);
    browser.find(By.cssSelector(".ui-confirm-dialog"));
    browser.waitUntil(
        d -> d.switchTo().activeElement().getAttribute("class").contains("ui-confirmdialog-no"));
    keys.checkFocus();
    keys.screenshot("focus-dialog-no");
    keys.press(Keys.TAB);
    assertTrue(keys.checkFocus().contains("Yes"), "Tab moves to the other answer");
    keys.screenshot("focus-dialog-yes");
    keys.press(Keys.ESCAPE);
    browser.waitForAjax();

    browser.usePhoneWidth();
    browser.open("/admin/catalogue/");
    focusAndCheck(By.cssSelector(".ui-datatable select"), "focus-sort-dropdown-phone");
  }

  private void focusAndCheck(By control, String screenshot) {
    WebElement element = browser.find(control);
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", element);
    keys.checkFocus();
    keys.screenshot(screenshot);
  }

  /** Signs in from the header's "Sign in" link, by keyboard. */
  private void signIn(String email, String password) {
    browser.open("/");
    keys.tabTo(By.cssSelector(".hub-nav a[href$='/signin.xhtml']"));
    keys.pressForNewPage(Keys.ENTER);
    keys.tabTo(By.id("email"));
    keys.type(email);
    keys.tabTo(By.id("password"));
    keys.type(password);
    keys.pressForNewPage(Keys.ENTER);
  }
}
