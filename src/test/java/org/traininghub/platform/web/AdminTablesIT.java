package org.traininghub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Sql;
import org.traininghub.it.pages.CatalogueAdminPage;
import org.traininghub.it.pages.PcnsPage;
import org.traininghub.it.pages.SortableTable;
import org.traininghub.it.probe.AjaxFailureProbe;

/**
 * The admin tables by keyboard alone: every sortable column sorts both ways by Enter on its header
 * at desktop width and by the arrow keys in the "Sort" dropdown at phone width, with the rows in
 * that order each time; searching keeps focus in the field; after Retire or Restore focus moves to
 * the row's other button and the message is announced; an ajax request that fails shows the error
 * page in place. One browser for the class, on the data the stack already has.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminTablesIT extends BrowserTest {

  private static final String ITEM = "Health Coaching Essentials (demo, accreditation expired)";
  private static final String PCN = "Keyboard Check PCN";

  @BeforeAll
  static void signIn() {
    browser.signInAsAdmin();
    // a retired item and a retired PCN, so that the status columns have two values to sort
    PcnsPage.open(browser).save(PCN, "", "Added " + PCN);
  }

  @AfterAll
  static void useDesktopWidth() {
    browser.useDesktopWidth();
  }

  @Test
  @Order(1)
  void afterRetireFocusIsOnTheRowsRestoreAndTheMessageIsAnnounced() {
    CatalogueAdminPage list = CatalogueAdminPage.open(browser);
    WebElement status = list.statusRegion();
    assertEquals("status", status.getAttribute("role"));
    assertEquals("polite", status.getAttribute("aria-live"));

    list.retire(ITEM);
    assertEquals("Restore " + ITEM, focused().getAttribute("aria-label"));
    // the same live region, still on the page, now holds the message
    assertTrue(status.getText().contains("is retired"), status.getText());
    browser.checkAccessibility();

    PcnsPage.open(browser).retire(PCN);
    assertEquals("Restore " + PCN, focused().getAttribute("aria-label"));
  }

  @Test
  @Order(2)
  void everyColumnSortsBothWaysByEnterOnItsHeader() {
    browser.useDesktopWidth();
    SortableTable items = CatalogueAdminPage.open(browser).sortable();
    assertEquals(
        List.of("Title", "Kind", "Provider", "Status", "Last changed"), items.sortableHeaders());
    sortEachByEnter(items);
    browser.screenshots("admin-catalogue-sorted");

    SortableTable pcns = PcnsPage.open(browser).sortable();
    assertEquals(List.of("Name"), pcns.sortableHeaders());
    sortEachByEnter(pcns);
  }

  @Test
  @Order(3)
  void everyColumnSortsBothWaysByArrowKeysInThePhoneSortDropdown() {
    browser.usePhoneWidth();
    try {
      sortEachByArrowKeys(PcnsPage.open(browser).sortable(), 2);
      // five columns, two with two-word headers or a filter, which PrimeFaces' own marking of
      // the chosen option got wrong (static/js/tables.js)
      SortableTable items = CatalogueAdminPage.open(browser).sortable();
      sortEachByArrowKeys(items, 2 * items.sortableHeaders().size());
      browser.screenshots("admin-catalogue-sort-dropdown");
    } finally {
      browser.useDesktopWidth();
    }
  }

  @Test
  @Order(4)
  void afterRestoreFocusIsOnTheRowsRetireAndTheMessageIsAnnounced() {
    CatalogueAdminPage list = CatalogueAdminPage.open(browser);
    WebElement status = list.statusRegion();
    list.restore(ITEM);
    assertEquals("Retire " + ITEM, focused().getAttribute("aria-label"));
    assertTrue(status.getText().contains("is listed in the catalogue again"), status.getText());

    PcnsPage.open(browser).restore(PCN);
    assertEquals("Retire " + PCN, focused().getAttribute("aria-label"));
  }

  @Test
  @Order(5)
  void typingASearchKeepsFocusInTheFieldAndAsksOnceAfterAPause() {
    browser.useDesktopWidth();
    CatalogueAdminPage list = CatalogueAdminPage.open(browser);
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    // counts the requests the page sends from now on
    js.executeScript(
        "window.hubRequests = 0; const send = XMLHttpRequest.prototype.send;"
            + " XMLHttpRequest.prototype.send = function () {"
            + " window.hubRequests++; return send.apply(this, arguments); };");
    int everything = list.sortable().column("Title").size();
    // Tab from the link before the field into it, as a keyboard user arrives
    js.executeScript("document.getElementById('import-courses').focus();");
    focused().sendKeys(Keys.TAB);
    assertEquals("items:table:globalFilter", focused().getAttribute("id"));

    focused().sendKeys("coaching");
    browser.waitUntil(
        d -> ((Number) js.executeScript("return window.hubRequests;")).intValue() > 0);
    browser.waitForAjax();
    assertEquals("items:table:globalFilter", focused().getAttribute("id"));
    assertEquals(1L, js.executeScript("return window.hubRequests;"), "one request for the word");
    List<String> titles = list.sortable().column("Title");
    List<String> kinds = list.sortable().column("Kind");
    List<String> providers = list.sortable().column("Provider");
    assertTrue(!titles.isEmpty() && titles.size() < everything, titles + " of " + everything);
    for (int i = 0; i < titles.size(); i++) {
      String row = (titles.get(i) + " " + kinds.get(i) + " " + providers.get(i)).toLowerCase();
      assertTrue(row.contains("coaching"), row);
    }
  }

  @Test
  @Order(6)
  void anAjaxRequestThatFailsShowsTheErrorPageInPlace() {
    CatalogueAdminPage.open(browser);
    browser.driver().manage().addCookie(new Cookie(AjaxFailureProbe.COOKIE, "yes"));
    try {
      CatalogueAdminPage.current(browser).sortable().focusHeaderAndPressEnter("Title");
      browser.waitForText(By.tagName("h1"), "Sorry, there is a problem with the service");
      assertEquals("/admin/catalogue/", browser.currentPath());
      browser.checkAccessibility();
    } finally {
      browser.driver().manage().deleteCookieNamed(AjaxFailureProbe.COOKIE);
    }
  }

  /**
   * Page after page, the catalogue table shows every item once, in title order and the other way
   * round: its later pages are read from the nearer end of the list (ListQuery, with the count
   * PrimeFaces asks for first) and turned round, and must meet the pages read from the start.
   */
  @Test
  @Order(7)
  void pageAfterPageTheTableShowsEveryItemOnceInItsOrderBothWays() {
    Sql.update(
        "INSERT INTO catalogue_item (slug, kind, title, summary, provider, delivery_mode,"
            + " required_for_role, demo, created_at, updated_at, version)"
            + " SELECT CONCAT('aa-paged-', i), 'RESOURCE', CONCAT('Paged check ', i),"
            + " 'Paging check', 'Paging provider', 'ONLINE', FALSE, FALSE, NOW(6), NOW(6), 0"
            + " FROM (WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
            + " WHERE i < 50) SELECT i FROM n) AS nums");
    try {
      browser.useDesktopWidth();
      List<String> titles =
          List.of(
              Sql.scalar(
                      "SELECT GROUP_CONCAT(title ORDER BY title, id SEPARATOR '\n')"
                          + " FROM catalogue_item")
                  .split("\n"));
      assertTrue(titles.size() > 60, "pages enough to read some from the end: " + titles.size());
      SortableTable items = CatalogueAdminPage.open(browser).sortable();
      assertEquals(titles, items.columnOfEveryPage("Title"), "every item once, by title");

      items = CatalogueAdminPage.open(browser).sortable();
      if (!"descending".equals(items.pressEnterOn("Title"))) {
        // the first press sorted it ascending, as the table opened
        assertEquals("descending", items.pressEnterOn("Title"));
      }
      List<String> reversed = new ArrayList<>(titles);
      java.util.Collections.reverse(reversed);
      assertEquals(reversed, items.columnOfEveryPage("Title"), "every item once, Z to A");
    } finally {
      Sql.update("DELETE FROM catalogue_item WHERE slug LIKE 'aa-paged-%'");
    }
  }

  /** Each sortable column: Enter sorts it one way, Enter again the other; the rows follow. */
  private static void sortEachByEnter(SortableTable table) {
    for (String header : table.sortableHeaders()) {
      List<String> orders = new ArrayList<>();
      for (int press = 0; press < 2; press++) {
        String order = table.pressEnterOn(header);
        orders.add(order);
        checkOrder(table, header, "descending".equals(order));
      }
      assertEquals(2, orders.stream().distinct().count(), header + " sorted " + orders);
    }
  }

  /**
   * Down to the last option of the "Sort" dropdown (which starts on the first), one arrow key at a
   * time; each option sorts the rows its way.
   */
  private static void sortEachByArrowKeys(SortableTable table, int options) {
    assertEquals(options, table.sortDropdownPosition()[1], "a column's two ways each");
    assertEquals(0, table.sortDropdownPosition()[0], "the dropdown starts on its first option");
    List<SortableTable.Choice> seen = new ArrayList<>();
    while (table.sortDropdownPosition()[0] < options - 1) {
      seen.add(check(table, table.pressInSortDropdown(Keys.ARROW_DOWN)));
    }
    // and back up to the first, which the table started with
    while (table.sortDropdownPosition()[0] > 0) {
      seen.add(check(table, table.pressInSortDropdown(Keys.ARROW_UP)));
    }
    assertEquals(options, seen.stream().distinct().count(), "every option was chosen: " + seen);
  }

  private static SortableTable.Choice check(SortableTable table, SortableTable.Choice choice) {
    checkOrder(table, choice.header(), choice.descending());
    return choice;
  }

  /** The rows on the page are in the column's order (equal values may come in any order). */
  private static void checkOrder(SortableTable table, String header, boolean descending) {
    List<String> values = table.column(header);
    Comparator<String> order =
        header.equals("Last changed")
            ? Comparator.comparing(Instant::parse)
            : String.CASE_INSENSITIVE_ORDER;
    if (descending) {
      order = order.reversed();
    }
    assertTrue(values.size() > 1, header + ": too few rows to tell an order: " + values);
    for (int i = 1; i < values.size(); i++) {
      assertTrue(
          order.compare(values.get(i - 1), values.get(i)) <= 0,
          header
              + (descending ? " descending" : " ascending")
              + ": "
              + values.get(i - 1)
              + " before "
              + values.get(i)
              + " in "
              + values);
    }
  }

  private static WebElement focused() {
    return browser.driver().switchTo().activeElement();
  }
}
