package org.traininghub.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.traininghub.events.entity.EventKind;
import org.traininghub.it.Browser;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Events;

/**
 * A coach finds an event in a real browser: the list and its filters, the month calendar (lazy:
 * each month asks for its own days), the event's page; at desktop and phone width, every page and
 * the calendar's loaded months passing the Nu Html Checker and axe-core.
 */
class EventsBrowsingIT extends BrowserTest {

  private static final String MARK = "Aa browsing ";
  private static final LocalDate NEXT_MONTH =
      LocalDate.now(Events.UK).plusMonths(1).withDayOfMonth(15);

  private static long induction;

  @BeforeAll
  static void makeEvents() {
    Events.remove(MARK);
    induction =
        Events.published(MARK + "New to primary care induction")
            .kind(EventKind.INDUCTION)
            .at(NEXT_MONTH, LocalTime.of(10, 0))
            .venue("Wisbech hub room", "1 Market Street, Wisbech PE13 1AA")
            .capacity(20)
            .booked(17)
            .waiting(0)
            .description("<p>Your first steps in primary care: the team, the systems, the PCN.</p>")
            .delivers("new-to-primary-care-induction")
            .create();
    Events.published(MARK + "Webinar on personalised care")
        .kind(EventKind.WEBINAR)
        .at(NEXT_MONTH.plusDays(2), LocalTime.of(13, 30))
        .online("https://meet.example.org/aa-browsing")
        .capacity(80)
        .booked(12)
        .create();
  }

  @AfterAll
  static void removeEvents() {
    Events.remove(MARK);
  }

  @Test
  void theEventsLinkLeadsToTheListWhichFiltersByKind() {
    browser.open("/");
    browser.clickAndWaitForPage(By.linkText("Events"));
    assertEquals("Events", browser.text(By.tagName("h1")));
    browser.screenshots("events-list");
    new org.openqa.selenium.support.ui.Select(browser.find(By.id("kind")))
        .selectByVisibleText("Webinar");
    browser.clickAndWaitForPage(By.id("apply"));
    assertTrue(browser.currentPath().contains("kind=webinar"), browser.currentPath());
    List<String> titles =
        browser.findAll(By.cssSelector(".hub-event-card h3")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(titles.contains(MARK + "Webinar on personalised care"), titles.toString());
    assertFalse(titles.contains(MARK + "New to primary care induction"), titles.toString());
  }

  @Test
  void theCalendarLoadsEachMonthItShowsAndLinksToTheEvent() {
    browser.open("/events/calendar.xhtml");
    String thisMonth = browser.text(By.cssSelector(".fc-toolbar-title"));
    assertEquals(
        LocalDate.now(Events.UK).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)),
        thisMonth);
    browser.waitForAjax();
    assertTrue(
        browser
            .findAll(By.xpath("//*[contains(@class,'fc-event-title')][contains(.,'" + MARK + "')]"))
            .isEmpty(),
        "next month's events are not loaded with this month");

    browser.find(By.cssSelector(".fc-next-button")).click();
    WebElement event =
        browser.find(
            By.xpath(
                "//a[contains(@class,'fc-event')][.//*[contains(.,'"
                    + MARK
                    + "New to primary')]]"));
    browser.waitForAjax();
    assertEquals(
        NEXT_MONTH.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)),
        browser.text(By.cssSelector(".fc-toolbar-title")));
    assertTrue(event.getText().contains("10:00"), event.getText());
    browser.checkAccessibility();
    browser.screenshots("events-calendar");

    browser.clickAndWaitForPage(
        By.xpath(
            "//a[contains(@class,'fc-event')][.//*[contains(.,'" + MARK + "New to primary')]]"));
    assertEquals("/events/event.xhtml?id=" + induction, browser.currentPath());
  }

  @Test
  void theCalendarWorksAtPhoneWidth() {
    browser.resize(Browser.PHONE);
    try {
      browser.open("/events/calendar.xhtml?kind=webinar");
      browser.find(By.cssSelector(".fc-next-button")).click();
      browser.find(
          By.xpath("//a[contains(@class,'fc-event')][.//*[contains(.,'" + MARK + "Webinar')]]"));
      browser.waitForAjax();
      assertTrue(
          browser
              .findAll(
                  By.xpath(
                      "//*[contains(.,'"
                          + MARK
                          + "New to primary')][contains(@class,'fc-event-title')]"))
              .isEmpty(),
          "the kind filter holds for the months loaded later");
      browser.checkAccessibility();
      assertFalse(browser.scrollsSideways(), "no sideways scrolling at 390 px");
    } finally {
      browser.resize(Browser.DESKTOP);
    }
  }

  @Test
  void theEventPageSaysWhenWhereAndHowManySeatsAreLeft() {
    browser.open("/events/event.xhtml?id=" + induction);
    assertEquals(MARK + "New to primary care induction", browser.text(By.tagName("h1")));
    assertEquals("3 of 20", browser.text(By.id("seats")));
    assertTrue(browser.text(By.id("when")).contains("10:00 to 12:00"));
    browser.screenshots("event-page");
    browser.clickAndWaitForPage(By.cssSelector("#delivers a"));
    assertEquals("/catalogue/new-to-primary-care-induction", browser.currentPath());
  }
}
