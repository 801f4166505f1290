package org.traininghub.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.pages.CataloguePage;

/** A coach finds training in a real browser; every page visited passes axe-core. */
class CatalogueBrowsingIT extends BrowserTest {

  @Test
  void homePageExplainsTheRoleAndLinksIntoTheCatalogue() {
    browser.open("/");
    assertTrue(browser.text(By.tagName("h1")).contains("Health and Wellbeing Coaches"));
    browser.screenshots("home");
    browser.clickAndWaitForPage(By.linkText("PCI online modules"));
    assertEquals(3, CataloguePage.current(browser).titles().size());
    assertTrue(browser.currentPath().contains("kind=pci-module"));
  }

  @Test
  void searchingNarrowsTheListAndSurvivesAReload() {
    CataloguePage catalogue = CataloguePage.open(browser);
    browser.screenshots("catalogue");
    catalogue.search("social prescribing").apply();
    assertTrue(catalogue.titles().contains("Social Prescribing"), catalogue.titles().toString());
    assertTrue(browser.currentPath().contains("q=social+prescribing"), browser.currentPath());
    browser.driver().navigate().refresh();
    browser.waitForPage();
    assertTrue(catalogue.titles().contains("Social Prescribing"));
    assertEquals("social prescribing", catalogue.searchWords());
  }

  @Test
  void filteringByKindDeliveryAndRequiredShowsOnlyMatches() {
    CataloguePage catalogue =
        CataloguePage.open(browser)
            .kind("PCI-accredited health coaching course")
            .delivery("Face to face")
            .apply();
    assertTrue(
        catalogue.titles().contains("Health Coaching Skills Programme (demo)"),
        catalogue.titles().toString());
    for (String card : catalogue.cards()) {
      assertTrue(card.contains("PCI-accredited health coaching course"), card);
      assertTrue(card.contains("Face to face"), card);
    }

    CataloguePage required = CataloguePage.open(browser, "/catalogue/?required=yes&sort=kind");
    assertTrue(required.onlyRequiredTicked());
    assertFalse(required.titles().contains("FutureNHS Collaboration Platform"));
  }

  @Test
  void anExpiredAccreditationIsMarked() {
    CataloguePage catalogue = CataloguePage.open(browser, "/catalogue/?q=expired");
    assertEquals(1, catalogue.tagged("expired"));
    assertEquals(
        0,
        catalogue.tagged("required"),
        "a course whose accreditation expired cannot meet the requirement");
  }

  @Test
  void openingAnItemShowsItsDetailsAtAReadableAddress() {
    CataloguePage.open(browser, "/catalogue/?kind=e-learning")
        .openItem("Person-Centred Approaches");
    assertEquals(
        "/catalogue/e-lfh-person-centred-approaches?kind=e-learning",
        browser.currentPath(),
        "the item's address, carrying the search it was found with");
    assertEquals("Person-Centred Approaches", browser.text(By.tagName("h1")));
    assertTrue(
        browser.driver().getTitle().startsWith("Person-Centred Approaches – "),
        browser.driver().getTitle());
    assertTrue(browser.text(By.cssSelector(".hub-summary-list")).contains("5 hours"));
    assertTrue(browser.text(By.cssSelector(".hub-tags")).contains("Required for the role"));
    browser.screenshots("catalogue-item");
    browser.clickAndWaitForPage(By.id("back"));
    assertEquals(
        "/catalogue/?kind=e-learning", browser.currentPath(), "back to the search it came from");
  }

  @Test
  void atPhoneWidthNothingScrollsSideways() {
    browser.usePhoneWidth();
    try {
      for (String path :
          List.of("/", "/catalogue/", "/catalogue/pci-core-skills", "/signin.xhtml")) {
        browser.open(path);
        assertFalse(browser.scrollsSideways(), path + " scrolls sideways at phone width");
      }
    } finally {
      browser.useDesktopWidth();
    }
  }

  @Test
  void anInvalidFilterShowsAMessageAndTheNotFoundPageIsFriendly() {
    assertTrue(
        CataloguePage.open(browser, "/catalogue/?mode=teleport")
            .problems()
            .contains("“mode” must be one of"));
    browser.open("/catalogue/no-such-course");
    assertEquals("Page not found", browser.text(By.tagName("h1")));
  }
}
