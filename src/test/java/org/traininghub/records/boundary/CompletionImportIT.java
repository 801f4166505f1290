package org.traininghub.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.traininghub.it.Browser;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;

/**
 * Importing prior completions from CSV through the real stack: a good file is listed row by row,
 * then saved, verified and audited; a file with one bad row names that row and offers no save; a
 * file that was good at the preview but is no longer at the save saves nothing (one transaction).
 */
class CompletionImportIT extends BrowserTest {

  private static final String PAGE = "/admin/records/import.xhtml";
  private static final String HEAD = "coach_email,requirement,item,completed_on,hours\n";

  @BeforeAll
  static void twoCoaches() {
    for (String email : new String[] {"import-a@example.org", "import-b@example.org"}) {
      Sql.update(
          "INSERT INTO account (email, display_name, role, status, created_at, version)"
              + " VALUES (?, ?, 'COACH', 'ACTIVE', UTC_TIMESTAMP(6), 0)",
          email,
          "Imported " + email.charAt(7));
    }
    browser.signInAsAdmin();
  }

  @AfterAll
  static void removeThem() {
    Sql.update("DELETE FROM account WHERE email LIKE 'import-_@example.org'");
  }

  @Test
  void aGoodFileIsPreviewedThenSavedVerifiedAndAudited() throws IOException {
    check(
        file(
            "good.csv",
            HEAD
                + "import-a@example.org,L1,,2025-03-31,6\n"
                + "IMPORT-B@example.org,l1,new-to-primary-care-induction,1 April 2025,\n"));
    String rows = browser.text(By.id("rows"));
    assertTrue(rows.contains("import-a@example.org") && rows.contains("Ready to save"), rows);
    assertEquals("All 2 completions are ready to save.", browser.text(By.id("ready")));
    assertEquals("0", entries(), "the preview saves nothing");
    browser.screenshots("records-import-preview");

    browser.clickAndWaitForPage(By.id("save"));
    assertTrue(
        browser.text(By.tagName("main")).contains("Saved 2 completions from good.csv, verified."),
        browser.text(By.tagName("main")));
    assertEquals("2", entries());
    assertEquals(
        "2",
        Sql.scalar(
            "SELECT COUNT(*) FROM record_completion c JOIN account a ON a.id = c.coach_id"
                + " JOIN account admin ON admin.id = c.recorded_by AND admin.id = c.verified_by"
                + " WHERE a.email LIKE 'import-_@example.org' AND admin.email = ?"
                + " AND c.stage = 'COMPLETED' AND c.rejected_at IS NULL",
            PortalStack.ADMIN_EMAIL),
        "recorded and verified by the admin");
    assertTrue(
        Sql.scalar(
                "SELECT subject FROM audit_entry WHERE action = 'training entries imported'"
                    + " ORDER BY id DESC LIMIT 1")
            .contains("2 verified completions from good.csv"));

    // the same file again: every row is on the records already
    check(file("good.csv", HEAD + "import-a@example.org,L1,,2025-03-31,6\n"));
    assertTrue(browser.text(By.id("rows")).contains("already has L1"), browser.text(By.id("rows")));
  }

  @Test
  void aFileWithOneBadRowSavesNothingAndNamesTheRow() throws IOException {
    String before = entries();
    check(
        file(
            "one-bad.csv",
            HEAD
                + "import-a@example.org,L2,,2025-02-01,3\n"
                + "nobody-here@example.org,L2,,2025-02-01,3\n"
                + "import-b@example.org,L2,,2025-02-01,3\n"));
    assertEquals(
        "1 of 3 rows have problems",
        browser.text(By.id("row-problems")).lines().findFirst().orElse(""));
    String bad = browser.text(Browser.rowContaining("nobody-here@example.org"));
    assertTrue(bad.startsWith("3 "), "line 3 of the file: " + bad);
    assertTrue(bad.contains("No coach has the email \"nobody-here@example.org\""), bad);
    assertTrue(browser.findAll(By.id("save")).isEmpty(), "nothing to save");
    browser.checkAccessibility();
    browser.screenshots("records-import-bad-row");
    assertEquals(before, entries());
  }

  @Test
  void aFileNoLongerGoodAtTheSaveSavesNothing() throws IOException {
    String before = entries();
    check(
        file(
            "changed.csv",
            HEAD
                + "import-a@example.org,L2,,2025-05-01,3\n"
                + "import-b@example.org,L2,,2025-05-01,3\n"));
    assertTrue(browser.findAll(By.id("save")).size() == 1, browser.text(By.tagName("main")));
    // between the preview and the save, the second row's coach becomes a PCN lead
    Sql.update("UPDATE account SET role = 'PCN_LEAD' WHERE email = 'import-b@example.org'");
    try {
      browser.clickAndWaitForPage(By.id("save"));
      String page = browser.text(By.tagName("main"));
      assertTrue(page.contains("Nothing was saved: line 3: No coach has the email"), page);
      assertEquals(before, entries(), "the first row was not saved either");
    } finally {
      Sql.update("UPDATE account SET role = 'COACH' WHERE email = 'import-b@example.org'");
    }
  }

  private static void check(Path file) {
    browser.open(PAGE);
    browser.find(By.id("file")).sendKeys(file.toString());
    browser.clickAndWaitForPage(By.id("check"));
  }

  private static Path file(String name, String content) throws IOException {
    Path dir = Files.createTempDirectory("records-import");
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    file.toFile().deleteOnExit();
    dir.toFile().deleteOnExit();
    return file;
  }

  private static String entries() {
    return Sql.scalar(
        "SELECT COUNT(*) FROM record_completion c JOIN account a ON a.id = c.coach_id"
            + " WHERE a.email LIKE 'import-_@example.org'");
  }
}
