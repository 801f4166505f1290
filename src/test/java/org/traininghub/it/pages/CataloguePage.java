package org.traininghub.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.traininghub.it.Browser;

/** The public training catalogue ({@code /catalogue/}): search, filters and the cards found. */
public final class CataloguePage {

  private final Browser browser;

  private CataloguePage(Browser browser) {
    this.browser = browser;
  }

  /** The catalogue at {@code path} (its search and filters in the query string). */
  public static CataloguePage open(Browser browser, String path) {
    browser.open(path);
    return new CataloguePage(browser);
  }

  public static CataloguePage open(Browser browser) {
    return open(browser, "/catalogue/");
  }

  /** The catalogue the browser is on now (reached by a link). */
  public static CataloguePage current(Browser browser) {
    return new CataloguePage(browser);
  }

  public CataloguePage search(String words) {
    browser.type(By.id("q"), words);
    return this;
  }

  public CataloguePage kind(String kind) {
    new Select(browser.find(By.id("kind"))).selectByVisibleText(kind);
    return this;
  }

  public CataloguePage delivery(String mode) {
    new Select(browser.find(By.id("mode"))).selectByVisibleText(mode);
    return this;
  }

  /** Presses "Apply"; the browser is on the page of results. */
  public CataloguePage apply() {
    browser.clickAndWaitForPage(By.id("apply"));
    return this;
  }

  public String searchWords() {
    return browser.find(By.id("q")).getAttribute("value");
  }

  public boolean onlyRequiredTicked() {
    return browser.find(By.id("required")).isSelected();
  }

  /** The titles of the cards found, in order. */
  public List<String> titles() {
    return browser.findAll(By.cssSelector(".hub-card__title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The text of each card found. */
  public List<String> cards() {
    return browser.findAll(By.cssSelector(".hub-card")).stream().map(WebElement::getText).toList();
  }

  public int tagged(String tagClass) {
    return browser.findAll(By.cssSelector(".hub-tag--" + tagClass)).size();
  }

  /** The problem summary shown above the results. */
  public String problems() {
    return browser.text(By.cssSelector(".hub-error-summary"));
  }

  /** Follows the card's link to the item's own page. */
  public void openItem(String title) {
    browser.clickAndWaitForPage(By.linkText(title));
  }
}
