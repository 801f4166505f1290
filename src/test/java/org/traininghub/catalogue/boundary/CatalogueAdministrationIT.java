package org.traininghub.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Http;
import org.traininghub.it.pages.CatalogueAdminPage;
import org.traininghub.it.pages.CourseImportPage;
import org.traininghub.it.pages.ItemEditorPage;

/** A hub admin signs in, edits, retires and restores items, and imports courses from CSV. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogueAdministrationIT extends BrowserTest {

  private static final String DEMO_COURSE = "Blended Health Coaching Certificate (demo)";

  @BeforeAll
  static void signIn() {
    browser.open("/signin.xhtml");
    browser.screenshots("sign-in");
    browser.signInAsAdmin();
    assertEquals("Manage the catalogue", browser.text(By.tagName("h1")));
  }

  @Test
  @Order(1)
  void theAdminListShowsEveryItemAndPassesAxe() {
    assertTrue(CatalogueAdminPage.open(browser).itemCount() >= 10);
    browser.screenshots("admin-catalogue");
  }

  @Test
  @Order(2)
  void editingAnItemValidatesAndSaves() {
    // the public page is now in the page cache: the change below must show all the same
    assertFalse(
        Http.get("/catalogue/blended-health-coaching-certificate-demo").body().contains("bursary"));
    ItemEditorPage editor = CatalogueAdminPage.open(browser).edit(DEMO_COURSE);
    assertTrue(editor.heading().contains(DEMO_COURSE), editor.heading());
    assertTrue(
        browser.driver().getTitle().startsWith("Edit “" + DEMO_COURSE + "” – Admin – "),
        "the editor is titled with the item's name: " + browser.driver().getTitle());

    editor.lengthDays("3").clearTitle().save();
    String form = editor.form();
    assertTrue(form.contains("Nothing has been saved"), form);
    assertTrue(form.contains("Enter a title"), form);
    assertTrue(form.contains("at least 4 days"), form);
    browser.screenshots("admin-edit-problems");

    editor
        .title(DEMO_COURSE)
        .lengthDays("6")
        .fundingNote("Funded by the employing PCN; ask about the hub's bursary.")
        .save();
    assertTrue(CatalogueAdminPage.current(browser).messages().contains("Saved"));
    String page = Http.get("/catalogue/blended-health-coaching-certificate-demo").body();
    assertTrue(
        page.contains("ask about the hub&#39;s bursary")
            || page.contains("ask about the hub's bursary"),
        page);
  }

  @Test
  @Order(3)
  void retiringAsksFirstAndRestoringListsItAgain() {
    CatalogueAdminPage list = CatalogueAdminPage.open(browser);
    list.retireThenEscape(DEMO_COURSE);
    assertTrue(list.row(DEMO_COURSE).contains("Listed"), "Escape keeps the item");

    list.retire(DEMO_COURSE);
    browser.checkAccessibility();
    assertEquals(404, Http.get("/catalogue/blended-health-coaching-certificate-demo").statusCode());

    list.restore(DEMO_COURSE);
    assertEquals(200, Http.get("/catalogue/blended-health-coaching-certificate-demo").statusCode());
  }

  @Test
  @Order(4)
  void aCsvWithBrokenRowsNamesEachProblemAndSavesNothing() throws URISyntaxException {
    CourseImportPage upload =
        CourseImportPage.open(browser).check(csv("accredited-courses-with-errors.csv"));
    assertTrue(upload.rowProblems().contains("rows have problems"));
    String table = upload.rows();
    assertTrue(table.contains("at least 4 days"), table);
    assertFalse(upload.offersImport(), "no import button while rows have problems");
    browser.screenshots("admin-import-problems");
    assertEquals(
        0, Http.json(Http.get("/api/catalogue?q=Northbrook", "application/json")).getInt("total"));
  }

  @Test
  @Order(5)
  void aGoodCsvIsImportedWhole() throws URISyntaxException {
    CourseImportPage upload = CourseImportPage.open(browser).check(csv("accredited-courses.csv"));
    assertTrue(upload.ready().contains("3 courses are ready"));
    assertTrue(upload.importAll().messages().contains("Imported 3 courses"));
    assertEquals(
        1, Http.json(Http.get("/api/catalogue?q=Northbrook", "application/json")).getInt("total"));
    assertFalse(
        Http.get("/catalogue/personalised-care-coaching-skills").body().contains("Page not found"));
  }

  @Test
  @Order(6)
  void checkingCoursesTheCatalogueAlreadyHasMarksEachRowAndOffersNoImport()
      throws URISyntaxException {
    CourseImportPage upload = CourseImportPage.open(browser).check(csv("accredited-courses.csv"));
    assertTrue(upload.rowProblems().contains("3 of 3 rows have problems"));
    String table = upload.rows();
    assertEquals(3, table.split("already in the catalogue", -1).length - 1, table);
    assertFalse(upload.offersImport(), "nothing to import");
  }

  @Test
  @Order(7)
  void aSingleCourseIsCountedInTheSingularAndAnEmptyFileIsNamed() throws URISyntaxException {
    CourseImportPage upload = CourseImportPage.open(browser).check(csv("empty.csv"));
    assertTrue(upload.upload().contains("empty.csv is empty (0 bytes)"));

    upload.check(csv("one-accredited-course.csv"));
    assertTrue(upload.ready().contains("The course is ready to import"));
    assertEquals("Import 1 course", upload.importLabel());
    assertTrue(upload.importAll().messages().contains("Imported 1 course from"));
  }

  @Test
  @Order(8)
  void theEditorRefusesASecondItemWithTheSameTitleAndProvider() {
    ItemEditorPage editor =
        ItemEditorPage.openNew(browser)
            .kind("PCI online module")
            .title("core skills")
            .provider("Personalised Care Institute")
            .summary("A second copy of the core skills module.")
            .delivery("Online, at your own pace")
            .externalUrl("https://example.org/core-skills");
    editor.save();
    String form = editor.form();
    assertTrue(form.contains("is already in the catalogue"), form);
    assertEquals(
        "1",
        org.traininghub.it.Sql.scalar(
            "SELECT COUNT(*) FROM catalogue_item WHERE title = 'Core Skills'"));
  }

  @Test
  @Order(9)
  void anAddedItemIsPublishedAtItsOwnAddress() {
    CatalogueAdminPage.open(browser)
        .addItem()
        .kind("Hub event series")
        .title("Share and learn: motivational interviewing")
        .provider("The training hub")
        .summary("Monthly online sessions where coaches share <b>what works</b>.")
        .delivery("Virtual (live online)")
        .save();
    assertTrue(CatalogueAdminPage.current(browser).messages().contains("Saved"));

    HttpResponse<String> page = Http.get("/catalogue/share-and-learn-motivational-interviewing");
    assertEquals(200, page.statusCode());
    assertTrue(
        page.body().contains("share &lt;b&gt;what works&lt;/b&gt;"),
        "markup in a summary is shown as text");
  }

  private static String csv(String name) throws URISyntaxException {
    return Path.of(CatalogueAdministrationIT.class.getResource("/csv/" + name).toURI()).toString();
  }
}
