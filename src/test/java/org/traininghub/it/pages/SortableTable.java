package org.traininghub.it.pages;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.traininghub.it.Browser;

/**
 * A PrimeFaces table whose columns sort, driven by keyboard only: Enter on a column's header (at
 * desktop width) or the arrow keys in the "Sort" dropdown PrimeFaces shows instead at phone width.
 * Reads a column's values as shown on the current page.
 */
public final class SortableTable {

  /**
   * The values of one column, top to bottom: a cell's {@code time} gives its {@code datetime};
   * other cells their text, without the column title PrimeFaces adds at phone width and without
   * tags ("Demo") beside other text.
   */
  private static final String COLUMN =
      """
      const table = document.getElementById(arguments[0]);
      const heads = [...table.querySelectorAll('thead th')].map(th =>
          (th.querySelector('.ui-column-title') || th).textContent.trim());
      const index = heads.indexOf(arguments[1]);
      if (index < 0) throw new Error('No column ' + arguments[1] + ' in ' + heads);
      return [...table.querySelectorAll('tbody > tr:not(.ui-datatable-empty-message)')].map(tr => {
        const cell = tr.cells[index].cloneNode(true);
        cell.querySelectorAll('.ui-column-title').forEach(e => e.remove());
        const time = cell.querySelector('time');
        if (time) return time.getAttribute('datetime');
        const all = cell.textContent.trim();
        cell.querySelectorAll('.hub-tag').forEach(e => e.remove());
        return cell.textContent.trim() || all;
      });
      """;

  private final Browser browser;
  private final String id;

  /** The table whose client id is {@code id} ("items:table"). */
  public SortableTable(Browser browser, String id) {
    this.browser = browser;
    this.id = id;
  }

  /** The headers of the columns that sort, as shown. */
  public List<String> sortableHeaders() {
    return browser.findAll(headers()).stream()
        .map(th -> th.findElement(By.cssSelector(".ui-column-title")).getAttribute("textContent"))
        .map(String::trim)
        .toList();
  }

  /**
   * Moves keyboard focus to the column's header and presses Enter; waits for the rows and answers
   * the header's {@code aria-sort} ("ascending" or "descending").
   */
  public String pressEnterOn(String header) {
    String before = header(header).getAttribute("aria-sort");
    focusHeaderAndPressEnter(header);
    browser.waitForAjax();
    browser.waitUntil(
        d -> !String.valueOf(header(header).getAttribute("aria-sort")).equals(before));
    return header(header).getAttribute("aria-sort");
  }

  /** Moves keyboard focus to the column's header and presses Enter; waits for nothing. */
  public void focusHeaderAndPressEnter(String header) {
    WebElement th = header(header);
    if (!"0".equals(th.getAttribute("tabindex"))) {
      throw new AssertionError("The header " + header + " is not in the tab order");
    }
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", th);
    browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
  }

  /** The phone-width "Sort" dropdown, labelled "Sort". */
  public Select sortDropdown() {
    WebElement select = browser.find(By.id(id + "_reflowDD"));
    return new Select(select);
  }

  /** What the "Sort" dropdown has chosen: a column's header, and which way. */
  public record Choice(String header, boolean descending) {}

  /**
   * Presses the arrow key in the "Sort" dropdown (which has focus first) and waits for the rows;
   * answers the option now chosen.
   */
  public Choice pressInSortDropdown(Keys arrow) {
    WebElement select = browser.find(By.id(id + "_reflowDD"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", select);
    long answered = answersSoFar();
    browser.driver().switchTo().activeElement().sendKeys(arrow);
    Choice chosen = chosen();
    // the option changes at once, the rows only when the table's answer has been drawn
    browser.waitUntil(d -> answersSoFar() > answered);
    String expected = chosen.descending() ? "descending" : "ascending";
    browser.waitUntil(d -> expected.equals(header(chosen.header()).getAttribute("aria-sort")));
    return chosen;
  }

  /**
   * How many requests of the page have been answered and handled (counted from the first call on a
   * page): PrimeFaces' requests are not counted by jQuery, so this counts at XMLHttpRequest.
   */
  private long answersSoFar() {
    Object n =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "if (window.hubAnswered === undefined) { window.hubAnswered = 0;"
                    + " const send = XMLHttpRequest.prototype.send;"
                    + " XMLHttpRequest.prototype.send = function () {"
                    + " this.addEventListener('loadend',"
                    + " () => setTimeout(() => window.hubAnswered++, 0));"
                    + " return send.apply(this, arguments); }; }"
                    + " return window.hubAnswered;");
    return ((Number) n).longValue();
  }

  /** The option chosen in the "Sort" dropdown now. */
  public Choice chosen() {
    WebElement option = sortDropdown().getFirstSelectedOption();
    String text = option.getAttribute("textContent").trim();
    String header =
        sortableHeaders().stream()
            .filter(text::startsWith)
            .max(java.util.Comparator.comparingInt(String::length))
            .orElseThrow(() -> new AssertionError("The option " + text + " names no column"));
    // PrimeFaces numbers the two ways 0 (ascending) and 1 (descending)
    return new Choice(header, "1".equals(option.getAttribute("data-sortorder")));
  }

  /** The index of the option chosen in the "Sort" dropdown, and how many there are. */
  public int[] sortDropdownPosition() {
    Select select = sortDropdown();
    List<WebElement> options = select.getOptions();
    return new int[] {options.indexOf(select.getFirstSelectedOption()), options.size()};
  }

  /** The column's values on the page shown, top to bottom. */
  @SuppressWarnings("unchecked")
  public List<String> column(String header) {
    return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(COLUMN, id, header);
  }

  /**
   * The column's values on every page, from the page shown to the last, following the paginator's
   * "next page" link (as a click does) until it is disabled.
   */
  public List<String> columnOfEveryPage(String header) {
    List<String> all = new java.util.ArrayList<>(column(header));
    By next = By.cssSelector("[id='" + id + "'] .ui-paginator-next");
    By report = By.cssSelector("[id='" + id + "'] .ui-paginator-current");
    for (int pages = 1; !browser.find(next).getAttribute("class").contains("ui-state-disabled"); ) {
      if (++pages > 1000) {
        throw new AssertionError("The paginator's next page link never ends");
      }
      String shown = browser.find(report).getText();
      browser.find(next).click();
      browser.waitForAjax();
      browser.waitUntil(d -> !browser.find(report).getText().equals(shown));
      all.addAll(column(header));
    }
    return all;
  }

  /** Every value of each sortable column on the shown page: for a failure message. */
  public Map<String, List<String>> columns() {
    return sortableHeaders().stream()
        .collect(java.util.stream.Collectors.toMap(h -> h, this::column, (a, b) -> a));
  }

  private By headers() {
    return By.cssSelector("[id='" + id + "'] thead th.ui-sortable-column");
  }

  private WebElement header(String header) {
    return browser.findAll(headers()).stream()
        .filter(th -> th.getAttribute("textContent").trim().startsWith(header))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No sortable column " + header + " in " + id));
  }
}
