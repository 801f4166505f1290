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
import org.openqa.selenium.support.ui.Select;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Http;

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

  private static By rowOf(String title) {
    return By.xpath("//tr[td[contains(., '" + title + "')]]");
  }

  @Test
  @Order(1)
  void theAdminListShowsEveryItemAndPassesAxe() {
    browser.open("/admin/catalogue/");
    assertTrue(browser.findAll(By.cssSelector("#items\\:table tbody tr")).size() >= 10);
    browser.screenshots("admin-catalogue");
  }

  @Test
  @Order(2)
  void editingAnItemValidatesAndSaves() {
    // the public page is now in the page cache: the change below must show all the same
    assertFalse(
        Http.get("/catalogue/blended-health-coaching-certificate-demo").body().contains("bursary"));
    browser.open("/admin/catalogue/");
    browser.clickAndWaitForPage(
        By.xpath("//tr[td[contains(., '" + DEMO_COURSE + "')]]//a[starts-with(., 'Edit')]"));
    assertTrue(
        browser.text(By.tagName("h1")).contains(DEMO_COURSE), browser.text(By.tagName("h1")));

    browser.type(By.id("lengthDays"), "3");
    browser.find(By.id("title")).clear();
    browser.clickAndWaitForPage(By.id("save"));
    String form = browser.text(By.id("editor"));
    assertTrue(form.contains("Nothing has been saved"), form);
    assertTrue(form.contains("Enter a title"), form);
    assertTrue(form.contains("at least 4 days"), form);
    browser.screenshots("admin-edit-problems");

    browser.type(By.id("title"), DEMO_COURSE);
    browser.type(By.id("lengthDays"), "6");
    browser.type(By.id("fundingNote"), "Funded by the employing PCN; ask about the hub's bursary.");
    browser.clickAndWaitForPage(By.id("save"));
    assertTrue(browser.text(By.id("items:messages")).contains("Saved"));
    String page = Http.get("/catalogue/blended-health-coaching-certificate-demo").body();
    assertTrue(
        page.contains("ask about the hub&#39;s bursary")
            || page.contains("ask about the hub's bursary"),
        page);
  }

  @Test
  @Order(3)
  void retiringAsksFirstAndRestoringListsItAgain() {
    browser.open("/admin/catalogue/");
    browser.pressEscapeOnConfirmation(
        browser
            .find(rowOf(DEMO_COURSE))
            .findElement(By.xpath(".//button[.//span[text()='Retire']]")));
    assertTrue(browser.text(rowOf(DEMO_COURSE)).contains("Listed"), "Escape keeps the item");

    browser.clickAndConfirm(
        browser
            .find(rowOf(DEMO_COURSE))
            .findElement(By.xpath(".//button[.//span[text()='Retire']]")));
    browser.waitUntil(d -> browser.text(rowOf(DEMO_COURSE)).contains("Retired"));
    browser.checkAccessibility();
    assertEquals(404, Http.get("/catalogue/blended-health-coaching-certificate-demo").statusCode());

    browser
        .find(rowOf(DEMO_COURSE))
        .findElement(By.xpath(".//button[.//span[text()='Restore']]"))
        .click();
    browser.waitForAjax();
    browser.waitUntil(d -> browser.text(rowOf(DEMO_COURSE)).contains("Listed"));
    assertEquals(200, Http.get("/catalogue/blended-health-coaching-certificate-demo").statusCode());
  }

  @Test
  @Order(4)
  void aCsvWithBrokenRowsNamesEachProblemAndSavesNothing() throws URISyntaxException {
    browser.open("/admin/catalogue/import.xhtml");
    browser.find(By.id("file")).sendKeys(csv("accredited-courses-with-errors.csv"));
    browser.clickAndWaitForPage(By.id("check"));
    assertTrue(browser.text(By.id("row-problems")).contains("rows have problems"));
    String table = browser.text(By.id("rows"));
    assertTrue(table.contains("at least 4 days"), table);
    assertTrue(
        browser.findAll(By.id("import")).isEmpty(), "no import button while rows have problems");
    browser.screenshots("admin-import-problems");
    assertEquals(
        0, Http.json(Http.get("/api/catalogue?q=Northbrook", "application/json")).getInt("total"));
  }

  @Test
  @Order(5)
  void aGoodCsvIsImportedWhole() throws URISyntaxException {
    browser.open("/admin/catalogue/import.xhtml");
    browser.find(By.id("file")).sendKeys(csv("accredited-courses.csv"));
    browser.clickAndWaitForPage(By.id("check"));
    assertTrue(browser.text(By.id("ready")).contains("3 courses are ready"));
    browser.clickAndWaitForPage(By.id("import"));
    assertTrue(browser.text(By.id("items:messages")).contains("Imported 3 courses"));
    assertEquals(
        1, Http.json(Http.get("/api/catalogue?q=Northbrook", "application/json")).getInt("total"));
    assertFalse(
        Http.get("/catalogue/personalised-care-coaching-skills").body().contains("Page not found"));
  }

  @Test
  @Order(6)
  void checkingCoursesTheCatalogueAlreadyHasMarksEachRowAndOffersNoImport()
      throws URISyntaxException {
    browser.open("/admin/catalogue/import.xhtml");
    browser.find(By.id("file")).sendKeys(csv("accredited-courses.csv"));
    browser.clickAndWaitForPage(By.id("check"));
    assertTrue(browser.text(By.id("row-problems")).contains("3 of 3 rows have problems"));
    String table = browser.text(By.id("rows"));
    assertEquals(3, table.split("already in the catalogue", -1).length - 1, table);
    assertTrue(browser.findAll(By.id("import")).isEmpty(), "nothing to import");
  }

  @Test
  @Order(7)
  void aSingleCourseIsCountedInTheSingularAndAnEmptyFileIsNamed() throws URISyntaxException {
    browser.open("/admin/catalogue/import.xhtml");
    browser.find(By.id("file")).sendKeys(csv("empty.csv"));
    browser.clickAndWaitForPage(By.id("check"));
    assertTrue(browser.text(By.id("upload")).contains("empty.csv is empty (0 bytes)"));

    browser.find(By.id("file")).sendKeys(csv("one-accredited-course.csv"));
    browser.clickAndWaitForPage(By.id("check"));
    assertTrue(browser.text(By.id("ready")).contains("The course is ready to import"));
    assertEquals("Import 1 course", browser.find(By.id("import")).getAttribute("value"));
    browser.clickAndWaitForPage(By.id("import"));
    assertTrue(browser.text(By.id("items:messages")).contains("Imported 1 course from"));
  }

  @Test
  @Order(8)
  void theEditorRefusesASecondItemWithTheSameTitleAndProvider() {
    browser.open("/admin/catalogue/edit.xhtml");
    new Select(browser.find(By.id("kind"))).selectByVisibleText("PCI online module");
    browser.type(By.id("title"), "core skills");
    browser.type(By.id("provider"), "Personalised Care Institute");
    browser.type(By.id("summary"), "A second copy of the core skills module.");
    new Select(browser.find(By.id("deliveryMode"))).selectByVisibleText("Online, at your own pace");
    browser.type(By.id("externalUrl"), "https://example.org/core-skills");
    browser.clickAndWaitForPage(By.id("save"));
    String form = browser.text(By.id("editor"));
    assertTrue(form.contains("is already in the catalogue"), form);
    assertEquals(
        "1",
        org.traininghub.it.Sql.scalar(
            "SELECT COUNT(*) FROM catalogue_item WHERE title = 'Core Skills'"));
  }

  @Test
  @Order(9)
  void anAddedItemIsPublishedAtItsOwnAddress() {
    browser.open("/admin/catalogue/");
    browser.clickAndWaitForPage(By.id("add-item"));
    new Select(browser.find(By.id("kind"))).selectByVisibleText("Hub event series");
    browser.type(By.id("title"), "Share and learn: motivational interviewing");
    browser.type(By.id("provider"), "The training hub");
    browser.type(
        By.id("summary"), "Monthly online sessions where coaches share <b>what works</b>.");
    new Select(browser.find(By.id("deliveryMode"))).selectByVisibleText("Virtual (live online)");
    browser.clickAndWaitForPage(By.id("save"));
    assertTrue(browser.text(By.id("items:messages")).contains("Saved"));

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
