package org.traininghub.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Debian Chromium driven through chromedriver. Every page a test opens or clicks
 * through to is checked with axe-core ({@link #checkAccessibility()}) before the test goes on;
 * states a page reaches by ajax (dialogs) are checked where the test calls it. Pages can be saved
 * as screenshots.
 */
public final class Browser implements AutoCloseable {

  public static final Dimension DESKTOP = new Dimension(1280, 900);
  public static final Dimension PHONE = new Dimension(390, 844);

  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
  private static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  public Browser() {
    System.setProperty(
        "webdriver.chrome.driver",
        System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("hub.test.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=en-GB",
        "--window-size=1280,900");
    driver = new ChromeDriver(options);
    driver.manage().window().setSize(DESKTOP);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  public WebDriver driver() {
    return driver;
  }

  public Browser open(String path) {
    driver.get(PortalStack.get().url(path));
    checkAccessibility();
    return this;
  }

  public String currentPath() {
    return driver.getCurrentUrl().substring(PortalStack.get().baseUrl().length() - 1);
  }

  public WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /** The element's text; found again if an ajax update replaced it meanwhile. */
  public String text(By by) {
    for (int attempt = 1; ; attempt++) {
      try {
        return find(by).getText();
      } catch (StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** Waits until the element's text contains {@code expected} (after an ajax update). */
  public void waitForText(By by, String expected) {
    wait.until(d -> text(by).contains(expected));
  }

  public void type(By by, String text) {
    WebElement field = find(by);
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks and waits until the page that follows has loaded. */
  public void clickAndWaitForPage(By by) {
    WebElement element = find(by);
    element.click();
    wait.until(d -> isGone(element));
    waitForPage();
    checkAccessibility();
  }

  /** Whether the element left the page (Chrome sometimes answers that with an inspector error). */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }
  }

  public void waitForPage() {
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Waits for PrimeFaces' ajax queue to empty (no sleeps). */
  public void waitForAjax() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (!window.jQuery || jQuery.active === 0)"
                            + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    wait.until(condition::apply);
  }

  /**
   * Clicks a button that asks first, checks the question dialog with axe-core, answers yes, and
   * waits for the ajax update.
   */
  public void clickAndConfirm(WebElement button) {
    button.click();
    find(By.cssSelector(".ui-confirm-dialog"));
    checkAccessibility();
    find(By.cssSelector(".ui-confirmdialog-yes")).click();
    waitForAjax();
  }

  /** Signs in as the hub admin of the test stack, starting from a page only admins may see. */
  public void signInAsAdmin() {
    open("/admin/catalogue/");
    type(By.id("email"), PortalStack.ADMIN_EMAIL);
    type(By.id("password"), PortalStack.ADMIN_PASSWORD);
    clickAndWaitForPage(By.id("submit"));
  }

  /** Fails on any serious or critical WCAG violation axe-core finds on the current page. */
  public void checkAccessibility() {
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
    List<Rule> blocking =
        results.getViolations().stream()
            .filter(r -> BLOCKING_IMPACTS.contains(r.getImpact()))
            .toList();
    if (!blocking.isEmpty()) {
      String report =
          blocking.stream()
              .map(
                  r ->
                      r.getImpact()
                          + " "
                          + r.getId()
                          + ": "
                          + r.getHelp()
                          + " at "
                          + r.getNodes().stream()
                              .map(
                                  n ->
                                      n.getTarget()
                                          + " "
                                          + n.getHtml()
                                          + " ("
                                          + n.getFailureSummary()
                                          + ")")
                              .limit(5)
                              .collect(Collectors.joining(", ")))
              .collect(Collectors.joining("\n  "));
      throw new AssertionError("Accessibility violations on " + currentPath() + ":\n  " + report);
    }
  }

  /**
   * Saves the current page at desktop and phone width as {@code name-desktop.png} and {@code
   * name-phone.png}.
   */
  public void screenshots(String name) {
    Path dir = Path.of(System.getProperty("hub.test.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      for (var size : List.of(DESKTOP, PHONE)) {
        driver.manage().window().setSize(size);
        fullHeight(size);
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + (size == DESKTOP ? "-desktop" : "-phone") + ".png"), png);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(DESKTOP);
    }
  }

  private void fullHeight(Dimension size) {
    Object height =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollHeight;");
    int h = Math.min(4000, Math.max(size.getHeight(), ((Number) height).intValue()));
    driver.manage().window().setSize(new Dimension(size.getWidth(), h));
  }

  /** Whether the page would need sideways scrolling (it must not, even at phone width). */
  public boolean scrollsSideways() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;"));
  }

  public void usePhoneWidth() {
    driver.manage().window().setSize(PHONE);
  }

  public void useDesktopWidth() {
    driver.manage().window().setSize(DESKTOP);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
