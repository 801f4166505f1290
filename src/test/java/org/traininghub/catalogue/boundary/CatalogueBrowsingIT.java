package org.traininghub.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.traininghub.it.BrowserTest;

/** A coach finds training in a real browser; every page visited passes axe-core. */
class CatalogueBrowsingIT extends BrowserTest {

  private static List<String> titles() {
    return browser.findAll(By.cssSelector(".hub-card__title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void homePageExplainsTheRoleAndLinksIntoTheCatalogue() {
    browser.open("/");
    assertTrue(browser.text(By.tagName("h1")).contains("Health and Wellbeing Coaches"));
    browser.screenshots("home");
    browser.clickAndWaitForPage(By.linkText("PCI online modules"));
    assertEquals(3, titles().size());
    assertTrue(browser.currentPath().contains("kind=pci-module"));
  }

  @Test
  void searchingNarrowsTheListAndSurvivesAReload() {
    browser.open("/catalogue/");
    browser.screenshots("catalogue");
    browser.type(By.id("q"), "social prescribing");
    browser.clickAndWaitForPage(By.id("apply"));
    assertTrue(titles().contains("Social Prescribing"), titles().toString());
    assertTrue(browser.currentPath().contains("q=social+prescribing"), browser.currentPath());
    browser.driver().navigate().refresh();
    browser.waitForPage();
    assertTrue(titles().contains("Social Prescribing"));
    assertEquals("social prescribing", browser.find(By.id("q")).getAttribute("value"));
  }

  @Test
  void filteringByKindDeliveryAndRequiredShowsOnlyMatches() {
    browser.open("/catalogue/");
    new Select(browser.find(By.id("kind")))
        .selectByVisibleText("PCI-accredited health coaching course");
    new Select(browser.find(By.id("mode"))).selectByVisibleText("Face to face");
    browser.clickAndWaitForPage(By.id("apply"));
    assertTrue(titles().contains("Health Coaching Skills Programme (demo)"), titles().toString());
    for (WebElement card : browser.findAll(By.cssSelector(".hub-card"))) {
      assertTrue(card.getText().contains("PCI-accredited health coaching course"), card.getText());
      assertTrue(card.getText().contains("Face to face"), card.getText());
    }

    browser.open("/catalogue/?required=yes&sort=kind");
    assertTrue(browser.find(By.id("required")).isSelected());
    assertFalse(titles().contains("FutureNHS Collaboration Platform"));
  }

  @Test
  void anExpiredAccreditationIsMarked() {
    browser.open("/catalogue/?q=expired");
    assertEquals(1, browser.findAll(By.cssSelector(".hub-tag--expired")).size());
    assertTrue(
        browser.findAll(By.cssSelector(".hub-tag--required")).isEmpty(),
        "a course whose accreditation expired cannot meet the requirement");
  }

  @Test
  void openingAnItemShowsItsDetailsAtAReadableAddress() {
    browser.open("/catalogue/?kind=e-learning");
    browser.clickAndWaitForPage(By.linkText("Person-Centred Approaches"));
    assertEquals("/catalogue/e-lfh-person-centred-approaches", browser.currentPath());
    assertEquals("Person-Centred Approaches", browser.text(By.tagName("h1")));
    assertTrue(browser.text(By.cssSelector(".hub-summary-list")).contains("5 hours"));
    assertTrue(browser.text(By.cssSelector(".hub-tags")).contains("Required for the role"));
    browser.screenshots("catalogue-item");
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
    browser.open("/catalogue/?mode=teleport");
    assertTrue(
        browser.text(By.cssSelector(".hub-error-summary")).contains("“mode” must be one of"));
    browser.open("/catalogue/no-such-course");
    assertEquals("Page not found", browser.text(By.tagName("h1")));
  }
}
