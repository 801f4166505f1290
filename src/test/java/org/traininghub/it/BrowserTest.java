package org.traininghub.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class that drives one real browser, opened before its first test and closed after. */
public abstract class BrowserTest {

  protected static Browser browser;

  @BeforeAll
  static void openBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }
}
