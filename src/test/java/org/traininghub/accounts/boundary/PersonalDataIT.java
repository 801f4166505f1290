package org.traininghub.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;

/**
 * A coach downloads everything held about them, then deletes the account: the personal data goes,
 * the audit log keeps only the account's number.
 */
class PersonalDataIT extends BrowserTest {

  private static final String EMAIL = "max.leaving@it.traininghub.example";
  private static final String PASSWORD = "leaving the portal now";

  @Test
  void aCoachExportsTheirDataAndDeletesTheAccount() {
    People.coach(browser, "Max Leaving", EMAIL, PASSWORD, null);
    People.signIn(browser, EMAIL, PASSWORD);
    String id = Sql.scalar("SELECT id FROM account WHERE email = ?", EMAIL);

    browser.open("/account/data.xhtml");
    browser.screenshots("account-data");
    String body =
        (String)
            ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + " fetch('data.json').then(r => r.text()).then(done);");
    JsonObject data = Json.createReader(new StringReader(body)).readObject();
    assertEquals(EMAIL, data.getJsonObject("account").getString("email"));
    assertEquals("Max Leaving", data.getJsonObject("account").getString("name"));
    assertTrue(data.getJsonArray("auditedActions").toString().contains("Address verified"), body);
    assertTrue(
        data.getJsonArray("emailsSentToYou").toString().contains("Confirm your email"), body);

    browser.open("/account/data.xhtml");
    browser.type(By.id("delete:password"), "not my password at all");
    browser.clickAndWaitForPage(By.id("delete:submit"));
    String form = browser.text(By.id("delete"));
    assertTrue(form.contains("Tick the box"), form);
    browser.find(By.id("delete:understood")).click();
    browser.clickAndWaitForPage(By.id("delete:submit"));
    assertTrue(browser.text(By.id("delete")).contains("Your password is not right"));
    assertEquals("1", Sql.scalar("SELECT COUNT(*) FROM account WHERE email = ?", EMAIL));

    browser.type(By.id("delete:password"), PASSWORD);
    assertTrue(browser.find(By.id("delete:understood")).isSelected(), "the tick is kept");
    browser.clickAndWaitForPage(By.id("delete:submit"));
    assertTrue(List.of("/", "/index.xhtml").contains(browser.currentPath()), browser.currentPath());
    assertTrue(browser.text(By.id("main")).contains("Your account and the personal data"));

    assertEquals("0", Sql.scalar("SELECT COUNT(*) FROM account WHERE email = ?", EMAIL));
    assertEquals("0", Sql.scalar("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", EMAIL));
    assertEquals("0", Sql.scalar("SELECT COUNT(*) FROM coach_profile WHERE account_id = ?", id));
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry WHERE subject LIKE ? OR action LIKE ?",
            "%" + EMAIL + "%",
            "%Max%"));
    assertTrue(
        Integer.parseInt(Sql.scalar("SELECT COUNT(*) FROM audit_entry WHERE actor_id = ?", id))
            >= 3,
        "what the account did stays audited, under its number");

    People.signIn(browser, EMAIL, PASSWORD);
    assertEquals("/signin.xhtml", browser.currentPath());
    browser.signInAsAdmin();
    browser.open("/admin/audit/");
    String log = browser.text(By.id("audit"));
    assertTrue(log.contains("A deleted account"), log);
    assertFalse(log.contains(EMAIL), log);
    People.signOut(browser);
  }

  @Test
  void mailToAnEarlierAddressIsExportedAndDeletedWithTheAccount() {
    String first = "una.first@it.traininghub.example";
    String second = "una.second@it.traininghub.example";
    People.coach(browser, "Una Moving", first, PASSWORD, null);
    People.signIn(browser, first, PASSWORD);
    browser.open("/account/");
    browser.type(By.id("profile:email"), second);
    browser.clickAndWaitForPage(By.id("profile:save"));
    MimeMessage mail = PortalStack.get().smtp().awaitMessage(second);
    browser.driver().get(SmtpServer.link(mail, "/access/confirm-email.xhtml?token="));
    browser.waitForPage();
    browser.clickAndWaitForPage(By.id("confirm:submit"));
    // the old address is told, in a mail that names the person
    PortalStack.get().smtp().awaitMessage(first, 2, Duration.ofSeconds(30));
    People.signIn(browser, second, PASSWORD);

    JsonObject data = exported();
    String sent = data.getJsonArray("emailsSentToYou").toString();
    assertEquals(3, data.getJsonArray("emailsSentToYou").size(), sent);
    assertTrue(sent.contains(first), "mail to the earlier address is exported: " + sent);

    browser.open("/account/data.xhtml");
    browser.type(By.id("delete:password"), PASSWORD);
    browser.find(By.id("delete:understood")).click();
    browser.clickAndWaitForPage(By.id("delete:submit"));
    assertEquals("0", Sql.scalar("SELECT COUNT(*) FROM account WHERE email = ?", second));
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM mail_outbox WHERE recipient IN (?, ?) OR body_text LIKE ?",
            first,
            second,
            "%Una Moving%"));
  }

  private static JsonObject exported() {
    browser.open("/account/data.xhtml");
    String body =
        (String)
            ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + " fetch('data.json').then(r => r.text()).then(done);");
    return Json.createReader(new StringReader(body)).readObject();
  }
}
