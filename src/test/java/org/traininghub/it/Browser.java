package org.traininghub.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.regex.Pattern;
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
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.traininghub.it.pages.SignInPage;

/**
 * A real, headless Debian Chromium driven through chromedriver. Every page a test opens or clicks
 * through to is checked with the Nu Html Checker ({@link #checkHtml()}) and axe-core ({@link
 * #checkAccessibility()}) before the test goes on; states a page reaches by ajax (dialogs) are
 * checked with axe-core where the test calls it. Pages can be saved as screenshots.
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
    // The network events, to read each page's markup as it was served (checkHtml).
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    options.setExperimentalOption(
        "perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
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
    checkNoOverlappingText();
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

  /** The table row that has {@code text} in one of its cells. */
  public static By rowContaining(String text) {
    return By.xpath("//tr[td[contains(., '" + text + "')]]");
  }

  /** The button labelled {@code label} in the table row that has {@code text} in a cell. */
  public WebElement buttonInRow(String text, String label) {
    return find(rowContaining(text))
        .findElement(By.xpath(".//button[.//span[text()='" + label + "']]"));
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
    checkNoOverlappingText();
  }

  /** Whether the element left the page (Chrome sometimes answers that with an inspector error). */
  static boolean isGone(WebElement element) {
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

  /**
   * Clicks a button that asks first and answers with Escape: the question must open with focus on
   * its safe answer ("No, ..."), and Escape must close it without doing anything.
   */
  public void pressEscapeOnConfirmation(WebElement button) {
    button.click();
    WebElement dialog = find(By.cssSelector(".ui-confirm-dialog"));
    wait.until(
        d -> {
          WebElement focused = d.switchTo().activeElement();
          return focused.getAttribute("class").contains("ui-confirmdialog-no")
              || focused.getText().startsWith("Yes");
        });
    WebElement focused = driver.switchTo().activeElement();
    if (!focused.getAttribute("class").contains("ui-confirmdialog-no")) {
      throw new AssertionError(
          "The question opens with focus on \"" + focused.getText() + "\", not on its safe answer");
    }
    focused.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOf(dialog));
    waitForAjax();
  }

  /** Signs in as the hub admin of the test stack, starting from a page only admins may see. */
  public void signInAsAdmin() {
    open("/admin/catalogue/");
    SignInPage.current(this).signIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
  }

  /**
   * Fails on any serious or critical WCAG violation axe-core finds on the current page. Markup
   * already checked at this width in this run is not checked again (see {@link #CHECKED}). The
   * page's HTML is checked first ({@link #checkHtml()}).
   */
  @SuppressWarnings("deprecation") // setLegacyMode, see hasFrames
  public void checkAccessibility() {
    checkHtml();
    String key = pageKey("axe@" + driver.manage().window().getSize().getWidth());
    if (CHECKED.contains(key)) {
      return;
    }
    Results results =
        new AxeBuilder().withTags(WCAG_TAGS).setLegacyMode(!hasFrames()).analyze(driver);
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
    CHECKED.add(key);
  }

  /**
   * Whether the page holds a frame (the mail preview). axe-core's default run injects its script
   * (half a megabyte) into the page, runs {@code axe.runPartial}, then opens a blank window,
   * injects the script again and runs {@code axe.finishRun} there: two to three times the time of
   * its "legacy" run ({@code axe.run} in the page), which checks the same rules but cannot reach a
   * sandboxed frame. So the legacy run is used on pages without frames and the default on the rest
   * (testing.md, "Keyboard flows"). The legacy mode is deprecated in axe-core's Java API.
   */
  private boolean hasFrames() {
    return !driver.findElements(By.tagName("iframe")).isEmpty();
  }

  /**
   * Fails when the Nu Html Checker finds an error or a warning in the current page's markup as the
   * server sent it (not the DOM after PrimeFaces' scripts changed it: what the server writes is
   * what the portal answers for, and what the W3C checker or any other tool reading the page sees).
   * The message names the page, and the line, column and text of each finding; the page is saved as
   * {@code target/nu/*.html} so the lines can be read. A document already checked in this run (the
   * same markup, hidden field values such as the view state left out) is not checked again; a state
   * reached by ajax has no new document, so only axe-core looks at it.
   */
  public void checkHtml() {
    String served = servedDocument();
    if (served == null) {
      return;
    }
    String key = key("nu", HIDDEN_VALUE.matcher(served).replaceAll("$1\"\""));
    if (CHECKED.contains(key)) {
      return;
    }
    List<String> findings = HtmlChecker.get().check(served);
    if (!findings.isEmpty()) {
      throw new AssertionError(
          "The Nu Html Checker on "
              + currentPath()
              + " (as served: "
              + saveServed(served, key)
              + "):\n  "
              + String.join("\n  ", findings));
    }
    CHECKED.add(key);
  }

  private static final Pattern HIDDEN_VALUE =
      Pattern.compile("(<input[^>]*type=\"hidden\"[^>]*value=)\"[^\"]*\"");

  /** The request id and markup of the last HTML document the browser loaded. */
  private String documentId;

  private String documentBody;

  /**
   * The markup of the page on screen as the server sent it: the body of the last HTML document
   * response among the browser's network events since the last call (read through the DevTools
   * protocol), or of the one before when the page changed by ajax only; null before any page.
   */
  private String servedDocument() {
    String latest = null;
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String message = entry.getMessage();
      if (message.contains("\"Network.responseReceived\"")
          && message.contains("\"type\":\"Document\"")
          && message.contains("text/html")) {
        Map<String, Object> event = new Json().toType(message, Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> params =
            (Map<String, Object>) ((Map<String, Object>) event.get("message")).get("params");
        latest = (String) params.get("requestId");
      }
    }
    if (latest != null && !latest.equals(documentId)) {
      Map<String, Object> body =
          driver.executeCdpCommand("Network.getResponseBody", Map.of("requestId", latest));
      String text = (String) body.get("body");
      documentBody =
          Boolean.TRUE.equals(body.get("base64Encoded"))
              ? new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8)
              : text;
      documentId = latest;
    }
    return documentBody;
  }

  private static Path saveServed(String served, String key) {
    Path file =
        Path.of(System.getProperty("hub.test.nu", "target/nu"))
            .resolve(key.substring(key.indexOf(':') + 1, key.indexOf(':') + 13) + ".html");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, served);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * The keys of the checks passed in this run: the check and a digest of the page's markup with the
   * values of hidden fields (view state) left out. The same markup gives the same result, so a page
   * seen again (the sign-in page, the home page after signing out) is not analysed again; any
   * difference in the markup (a message, a name, a row, an open dialog) is checked afresh.
   */
  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

  private static final String MARKUP =
      """
      const copy = document.documentElement.cloneNode(true);
      copy.querySelectorAll('input[type=hidden]').forEach(e => e.removeAttribute('value'));
      return location.pathname + '\\n' + copy.outerHTML;
      """;

  private String pageKey(String check) {
    return key(check, (String) ((JavascriptExecutor) driver).executeScript(MARKUP));
  }

  private static String key(String check, String markup) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(markup.getBytes(StandardCharsets.UTF_8));
      return check + ":" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Finds text in the page's main content that is drawn over other text: one line box of each
   * visible text node (hidden and visually-hidden text skipped) against every other element's, with
   * a two-pixel allowance. Returns a description of the first few overlaps, or an empty list.
   */
  private static final String OVERLAPPING_TEXT =
      """
      const main = document.querySelector('main') || document.body;
      const skip = 'script, style, noscript, option, textarea, [aria-hidden="true"], .hub-visually-hidden, .ui-helper-hidden-accessible';
      const boxes = [];
      const range = document.createRange();
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!n.nodeValue.trim() || !el || el.closest(skip)) continue;
        if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) {
          if (r.width > 1 && r.height > 1) boxes.push({el: el, r: r, text: n.nodeValue.trim()});
        }
      }
      const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
          + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
      const found = [];
      boxes.sort((a, b) => a.r.top - b.r.top);
      for (let i = 0; i < boxes.length && found.length < 5; i++) {
        const a = boxes[i];
        for (let j = i + 1; j < boxes.length && boxes[j].r.top < a.r.bottom - 2; j++) {
          const b = boxes[j];
          if (a.el === b.el) continue;
          const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (x > 2 && y > 2) {
            found.push('"' + a.text.slice(0, 40) + '" (' + name(a.el) + ') and "' + b.text.slice(0, 40)
                + '" (' + name(b.el) + ') overlap by ' + Math.round(x) + ' x ' + Math.round(y) + ' px');
            break;
          }
        }
      }
      return found;
      """;

  /**
   * Fails when text in the page's main content is drawn over other text, at desktop (1280 px) or
   * phone (390 px) width, or when the page scrolls sideways at phone width; the window is left at
   * the width it had.
   */
  public void checkNoOverlappingText() {
    String key = pageKey("overlap");
    if (CHECKED.contains(key)) {
      return;
    }
    Dimension before = driver.manage().window().getSize();
    try {
      for (Dimension size : List.of(DESKTOP, PHONE)) {
        driver.manage().window().setSize(size);
        @SuppressWarnings("unchecked")
        List<String> overlaps =
            (List<String>) ((JavascriptExecutor) driver).executeScript(OVERLAPPING_TEXT);
        if (!overlaps.isEmpty()) {
          throw new AssertionError(
              "Overlapping text on "
                  + currentPath()
                  + " at "
                  + size.getWidth()
                  + " px:\n  "
                  + String.join("\n  ", overlaps));
        }
        if (size == PHONE && scrollsSideways()) {
          throw new AssertionError(currentPath() + " scrolls sideways at phone width");
        }
      }
      CHECKED.add(key);
    } finally {
      driver.manage().window().setSize(before);
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
        resize(size);
        fullHeight(size);
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + (size == DESKTOP ? "-desktop" : "-phone") + ".png"), png);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      resize(DESKTOP);
    }
  }

  /**
   * Resizes the window and returns once the page has laid itself out at the new size: the resize
   * event has been handled and two frames drawn (so scripts that lay out on resize, such as the
   * events calendar, have moved their elements before anything is clicked or photographed).
   */
  public void resize(Dimension size) {
    driver.manage().window().setSize(size);
    ((JavascriptExecutor) driver)
        .executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(function () { setTimeout(function () {"
                + " requestAnimationFrame(function () { setTimeout(done, 0); }); }, 0); });");
  }

  private void fullHeight(Dimension size) {
    Object height =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollHeight;");
    int h = Math.min(4000, Math.max(size.getHeight(), ((Number) height).intValue()));
    resize(new Dimension(size.getWidth(), h));
  }

  /** Whether the page would need sideways scrolling (it must not, even at phone width). */
  public boolean scrollsSideways() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;"));
  }

  public void usePhoneWidth() {
    resize(PHONE);
  }

  public void useDesktopWidth() {
    resize(DESKTOP);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
