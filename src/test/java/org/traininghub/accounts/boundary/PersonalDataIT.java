package org.traininghub.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;
import org.traininghub.it.pages.AccountDataPage;
import org.traininghub.it.pages.ProfilePage;

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
    aTrainingRecord(Long.parseLong(id));

    AccountDataPage page = AccountDataPage.open(browser);
    browser.screenshots("account-data");
    JsonObject data = page.download();
    String body = data.toString();
    assertEquals(EMAIL, data.getJsonObject("account").getString("email"));
    assertEquals("Max Leaving", data.getJsonObject("account").getString("name"));
    assertTrue(data.getJsonArray("auditedActions").toString().contains("Address verified"), body);
    assertTrue(
        data.getJsonArray("emailsSentToYou").toString().contains("Confirm your email"), body);
    JsonObject record = data.getJsonObject("trainingRecord");
    assertEquals(1, record.getJsonArray("completions").size(), body);
    JsonObject completion = record.getJsonArray("completions").getJsonObject(0);
    assertTrue(completion.getString("requirement").startsWith("M1 "), body);
    JsonObject certificate = completion.getJsonObject("certificate");
    assertEquals("first-aid.pdf", certificate.getString("fileName"), body);
    assertEquals(4, certificate.getInt("sizeBytes"), body);
    assertTrue(
        certificate.getString("download").endsWith("/evidence/" + completion.getInt("id")), body);
    assertFalse(body.contains("content\""), "the file's bytes are not in the export: " + body);
    assertEquals(
        "Sam Supervisor",
        record.getJsonArray("supervisionSessions").getJsonObject(0).getString("supervisor"),
        body);
    assertEquals(
        "7.5", record.getJsonArray("practiceHours").getJsonObject(0).getString("hours"), body);
    assertTrue(
        record
            .getJsonArray("ethicsSignatures")
            .getJsonObject(0)
            .getString("requirement")
            .startsWith("A2 "),
        body);
    JsonObject pdf = record.getJsonArray("recordPdfsIssued").getJsonObject(0);
    assertEquals("current", pdf.getString("status"), body);
    assertTrue(pdf.getString("fileName").startsWith("training-record-"), body);
    assertTrue(record.getString("howToDownload").contains("/records/readiness.xhtml"), body);

    page = AccountDataPage.open(browser);
    page.password("not my password at all").delete();
    String form = page.deletionForm();
    assertTrue(form.contains("Tick the box"), form);
    page.understood().delete();
    assertTrue(page.deletionForm().contains("Your password is not right"));
    assertEquals("1", Sql.scalar("SELECT COUNT(*) FROM account WHERE email = ?", EMAIL));

    page.password(PASSWORD);
    assertTrue(page.isUnderstoodTicked(), "the tick is kept");
    page.delete();
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

  /**
   * A record for coach {@code id}, made with SQL: a completion with its certificate, a supervision
   * session, practice hours, the code of ethics signed and a record PDF issued.
   */
  private static void aTrainingRecord(long id) {
    Sql.update(
        "INSERT INTO record_completion (coach_id, requirement_id, stage, completed_on, hours,"
            + " recorded_at) SELECT ?, id, 'COMPLETED', CURRENT_DATE - INTERVAL 9 DAY, 3.5,"
            + " NOW(6) FROM requirement WHERE code = 'M1'",
        id);
    Sql.update(
        "INSERT INTO completion_evidence (completion_id, file_name, content_type, size_bytes,"
            + " content) SELECT id, 'first-aid.pdf', 'application/pdf', 4, '%PDF'"
            + " FROM record_completion WHERE coach_id = ?",
        id);
    Sql.update(
        "INSERT INTO supervision_session (coach_id, held_on, kind, supervisor, minutes,"
            + " recorded_at) VALUES (?, CURRENT_DATE - INTERVAL 3 DAY, 'INDIVIDUAL',"
            + " 'Sam Supervisor', 60, NOW(6))",
        id);
    Sql.update(
        "INSERT INTO practice_hours (coach_id, worked_on, hours, recorded_at)"
            + " VALUES (?, CURRENT_DATE - INTERVAL 2 DAY, 7.5, NOW(6))",
        id);
    Sql.update(
        "INSERT INTO ethics_acknowledgement (coach_id, requirement_id, version, signed_at)"
            + " SELECT ?, id, acknowledgement_version, NOW(6) FROM requirement WHERE code = 'A2'",
        id);
    Sql.update(
        "INSERT INTO record_verification (coach_id, token_hash, coach_name, issued_on,"
            + " issued_at) VALUES (?, SHA2(CONCAT('personal-data-it', ?), 256), 'Max Leaving',"
            + " CURRENT_DATE, NOW(6))",
        id,
        id);
  }

  @Test
  void mailToAnEarlierAddressIsExportedAndDeletedWithTheAccount() {
    String first = "una.first@it.traininghub.example";
    String second = "una.second@it.traininghub.example";
    People.coach(browser, "Una Moving", first, PASSWORD, null);
    People.signIn(browser, first, PASSWORD);
    ProfilePage.open(browser).email(second).save();
    MimeMessage mail = PortalStack.get().smtp().awaitMessage(second);
    browser.driver().get(SmtpServer.link(mail, "/access/confirm-email.xhtml?token="));
    browser.waitForPage();
    browser.clickAndWaitForPage(By.id("confirm:submit"));
    // the old address is told, in a mail that names the person
    PortalStack.get().smtp().awaitMessage(first, 2, Duration.ofSeconds(30));
    People.signIn(browser, second, PASSWORD);

    JsonObject data = AccountDataPage.open(browser).download();
    String sent = data.getJsonArray("emailsSentToYou").toString();
    assertEquals(3, data.getJsonArray("emailsSentToYou").size(), sent);
    assertTrue(sent.contains(first), "mail to the earlier address is exported: " + sent);

    AccountDataPage.open(browser).password(PASSWORD).understood().delete();
    assertEquals("0", Sql.scalar("SELECT COUNT(*) FROM account WHERE email = ?", second));
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM mail_outbox WHERE recipient IN (?, ?) OR body_text LIKE ?",
            first,
            second,
            "%Una Moving%"));
  }

  /**
   * The last active hub admin is told, on the page, to invite another admin first; nothing is
   * deleted and they stay signed in.
   */
  @Test
  void theLastHubAdminCannotDeleteTheirAccount() {
    assertEquals(
        "1",
        Sql.scalar("SELECT COUNT(*) FROM account WHERE role = 'HUB_ADMIN' AND status = 'ACTIVE'"),
        "the test stack has one hub admin");
    browser.signInAsAdmin();
    AccountDataPage page = AccountDataPage.open(browser);
    page.password(PortalStack.ADMIN_PASSWORD).understood().delete();

    String form = page.deletionForm();
    assertTrue(
        form.contains("You are the only hub admin: invite another admin before deleting your"),
        form);
    assertEquals("/account/data.xhtml", browser.currentPath());
    browser.screenshots("account-delete-last-admin");
    assertEquals(
        "1", Sql.scalar("SELECT COUNT(*) FROM account WHERE email = ?", PortalStack.ADMIN_EMAIL));
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'Account deleted'"
                + " AND actor_id = (SELECT id FROM account WHERE email = ?)",
            PortalStack.ADMIN_EMAIL));
    browser.open("/admin/catalogue/");
    assertEquals("/admin/catalogue/", browser.currentPath(), "still signed in as an admin");
    People.signOut(browser);
  }
}
