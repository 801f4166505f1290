package org.traininghub.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A person using the keyboard alone (WCAG 2.2, 2.1.1, 2.4.3, 2.4.7, 1.4.11): keys go to whatever
 * has focus, as a real keyboard's do (Selenium Actions, never a click). After every key the focus
 * is checked: it is on something a person can act on or read (never {@code <body>}), and it shows
 * the portal's yellow-and-black focus style (yellow as an outline, a shadow or the fill, and a dark
 * shadow or dark text on the yellow), which is clear on white and on grey.
 */
public final class Keyboard {

  /** How many Tabs a walk to one control may take before the test says it cannot be reached. */
  private static final int MOST_TABS = 80;

  private static final String FOCUS =
      """
      const e = document.activeElement;
      if (!e || e === document.body || e === document.documentElement) {
        return {where: 'body', visible: false};
      }
      const s = getComputedStyle(e);
      const yellow = 'rgb(255, 235, 59)', dark = 'rgb(33, 43, 50)';
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
          && s.outlineColor === yellow;
      const shadow = s.boxShadow || '';
      const filled = s.backgroundColor === yellow;
      const hasYellow = outline || shadow.includes(yellow) || filled;
      const hasDark = shadow.includes(dark) || (filled && s.color === dark);
      const label = (e.getAttribute('aria-label') || e.innerText || e.value || e.id || '')
          .trim().split('\\n')[0].substring(0, 60);
      return {where: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + label + '"',
              visible: hasYellow && hasDark,
              style: 'outline ' + s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor
                  + '; box-shadow ' + shadow + '; background ' + s.backgroundColor};
      """;

  private final Browser browser;

  public Keyboard(Browser browser) {
    this.browser = browser;
  }

  /** Presses Tab until {@code target} has focus, checking the focus after every press. */
  public WebElement tabTo(By target) {
    return walkTo(target, Keys.TAB);
  }

  /** Presses Shift+Tab until {@code target} has focus, checking the focus after every press. */
  public WebElement shiftTabTo(By target) {
    return walkTo(target, null);
  }

  private WebElement walkTo(By target, Keys key) {
    WebElement wanted = browser.find(target);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < MOST_TABS; i++) {
      if (key == null) {
        new Actions(browser.driver())
            .keyDown(Keys.SHIFT)
            .sendKeys(Keys.TAB)
            .keyUp(Keys.SHIFT)
            .perform();
      } else {
        press(key);
      }
      String where = checkFocus();
      path.append("\n  ").append(where);
      if (wanted.equals(browser.driver().switchTo().activeElement())) {
        return wanted;
      }
    }
    throw new AssertionError(
        "Could not reach " + target + " with the keyboard on " + browser.currentPath() + path);
  }

  /** Presses one key where the focus is. */
  public void press(CharSequence key) {
    new Actions(browser.driver()).sendKeys(key).perform();
  }

  /** Types into the focused field (what was in it stays: select it first if needed). */
  public void type(String text) {
    new Actions(browser.driver()).sendKeys(text).perform();
    checkFocus();
  }

  /** Empties the focused field with Ctrl+A and Delete, then types {@code text}. */
  public void replace(String text) {
    new Actions(browser.driver())
        .keyDown(Keys.CONTROL)
        .sendKeys("a")
        .keyUp(Keys.CONTROL)
        .sendKeys(Keys.DELETE)
        .sendKeys(text)
        .perform();
    checkFocus();
  }

  /**
   * Presses {@code key} (Enter on a link or button, Space on a button) and waits for the page it
   * leads to; the new page is checked with axe-core, and its first Tab must land on the skip link
   * (unless the page put the focus somewhere itself, such as on an error summary).
   */
  public void pressForNewPage(CharSequence key) {
    WebElement before = browser.driver().switchTo().activeElement();
    press(key);
    browser.waitUntil(d -> Browser.isGone(before));
    browser.waitForPage();
    browser.checkAccessibility();
    if (focusIsOnThePage()) {
      checkFocus(); // the page moved focus itself (an error summary, a message)
      return;
    }
    press(Keys.TAB);
    String where = checkFocus();
    if (!where.contains("Skip to main content")) {
      throw new AssertionError(
          "The first Tab on "
              + browser.currentPath()
              + " went to "
              + where
              + ", not the skip link");
    }
  }

  /**
   * Saves what the window shows now (the focus included) as {@code target/screenshots/name.png}.
   */
  public void screenshot(String name) {
    Path dir = Path.of(System.getProperty("hub.test.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"),
          ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fails unless the focus is on something meaningful and shows; answers where it is. The focus
   * style may fade in (a CSS transition), so it is read again for up to 3 s until it shows.
   */
  public String checkFocus() {
    AtomicReference<Map<String, Object>> last = new AtomicReference<>();
    try {
      await()
          .atMost(Duration.ofSeconds(3))
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(50))
          .until(
              () -> {
                last.set(focus());
                return Boolean.TRUE.equals(last.get().get("visible"))
                    || "body".equals(last.get().get("where"));
              });
    } catch (ConditionTimeoutException e) {
      // reported below, with the style last seen
    }
    Map<String, Object> focus = last.get();
    String where = String.valueOf(focus.get("where"));
    if (where.equals("body")) {
      throw new AssertionError("Focus was lost to <body> on " + browser.currentPath());
    }
    if (!Boolean.TRUE.equals(focus.get("visible"))) {
      throw new AssertionError(
          "No yellow-and-black focus indicator on "
              + where
              + " at "
              + browser.currentPath()
              + " ("
              + focus.get("style")
              + ")");
    }
    return where;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> focus() {
    return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(FOCUS);
  }

  private boolean focusIsOnThePage() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const e = document.activeElement;"
                    + " return !!e && e !== document.body && e !== document.documentElement;"));
  }
}
