package org.traininghub.it.pages;

import org.openqa.selenium.By;
import org.traininghub.it.Browser;

/** Importing accredited courses from CSV ({@code /admin/catalogue/import.xhtml}). */
public final class CourseImportPage {

  private final Browser browser;

  private CourseImportPage(Browser browser) {
    this.browser = browser;
  }

  public static CourseImportPage open(Browser browser) {
    browser.open("/admin/catalogue/import.xhtml");
    return new CourseImportPage(browser);
  }

  /** Chooses the file and presses "Check"; the page shows each row, or what is wrong. */
  public CourseImportPage check(String file) {
    browser.find(By.id("file")).sendKeys(file);
    browser.clickAndWaitForPage(By.id("check"));
    return this;
  }

  /** Presses the import button; the browser is on the catalogue list with a message. */
  public CatalogueAdminPage importAll() {
    browser.clickAndWaitForPage(By.id("import"));
    return CatalogueAdminPage.current(browser);
  }

  public boolean offersImport() {
    return !browser.findAll(By.id("import")).isEmpty();
  }

  public String importLabel() {
    return browser.find(By.id("import")).getAttribute("value");
  }

  /** "n of m rows have problems". */
  public String rowProblems() {
    return browser.text(By.id("row-problems"));
  }

  /** The table of the rows checked, each with its problems. */
  public String rows() {
    return browser.text(By.id("rows"));
  }

  /** "n courses are ready to import". */
  public String ready() {
    return browser.text(By.id("ready"));
  }

  /** The upload form, with what is wrong with the file itself. */
  public String upload() {
    return browser.text(By.id("upload"));
  }
}
