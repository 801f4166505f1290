package org.traininghub.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.traininghub.it.Browser;
import org.traininghub.it.Coaches;
import org.traininghub.it.Events;
import org.traininghub.it.Sql;
import org.traininghub.platform.security.Role;

/** My bookings in a browser (Nu and axe check every page): a seat, a queue place, giving one up. */
class BookingPagesIT {

  private static void as(Browser browser, Coaches.SignedIn who, String path) {
    browser.driver().manage().deleteAllCookies();
    browser.driver().manage().addCookie(new Cookie("JSESSIONID", who.sessionId(), "/"));
    browser.open(path);
  }

  private static String status(long event, Coaches.SignedIn who) {
    return Sql.scalar(
        "SELECT status FROM booking WHERE event_id = ? AND account_id = ? ORDER BY id DESC LIMIT 1",
        event,
        who.id());
  }

  @Test
  void theBookingPanelBooksQueuesLeavesInOneClickAndGivesUpAfterConfirming() {
    Instant start = Instant.now().plus(Duration.ofDays(15));
    long event =
        Events.published("Panel webinar")
            .capacity(1)
            .startsAt(start)
            .endsAt(start.plusSeconds(3600))
            .deadline(start.minusSeconds(3600))
            .online("https://meet.example.org/induction")
            .audience(Role.COACH)
            .create();
    List<Coaches.SignedIn> p = Coaches.signedIn(2);
    String panel = "/test-only/booking-panel.xhtml?id=" + event;
    try (Browser browser = new Browser()) {
      browser.open(panel);
      assertTrue(browser.text(By.id("booking-panel")).contains("Sign in to book"));
      assertTrue(browser.driver().findElements(By.id("joining-link")).isEmpty(), "link hidden");

      as(browser, p.get(0), panel);
      assertTrue(browser.text(By.id("booking-seats")).contains("1 seat left"));
      browser.clickAndWaitForPage(By.xpath("//input[@value='Book a seat']"));
      assertEquals("BOOKED", status(event, p.get(0)));
      assertTrue(browser.text(By.id("booking-status")).contains("You have a seat."));
      assertEquals(
          "https://meet.example.org/induction",
          browser.find(By.id("joining-link")).getAttribute("href"));
      browser.screenshots("events-booking-panel");
      browser.clickAndWaitForPage(By.xpath("//input[@value='Cancel my seat']"));
      browser.clickAndWaitForPage(By.xpath("//input[@value='Keep my seat']"));
      assertEquals("BOOKED", status(event, p.get(0)), "keeping it changes nothing");

      as(browser, p.get(1), panel);
      assertTrue(browser.text(By.id("booking-seats")).contains("Full"));
      assertTrue(browser.driver().findElements(By.id("joining-link")).isEmpty(), "not booked");
      browser.clickAndWaitForPage(By.xpath("//input[@value='Join the waiting list']"));
      assertEquals("WAITING", status(event, p.get(1)));
      assertTrue(
          browser.text(By.id("booking-status")).contains("You are number 1 on the waiting list"));
      browser.clickAndWaitForPage(By.xpath("//input[@value='Leave the waiting list']"));
      assertEquals("CANCELLED", status(event, p.get(1)), "leaving the list is one click");
      browser.clickAndWaitForPage(By.xpath("//input[@value='Join the waiting list']"));
      assertEquals("WAITING", status(event, p.get(1)));

      as(browser, p.get(0), panel);
      browser.clickAndWaitForPage(By.xpath("//input[@value='Cancel my seat']"));
      browser.clickAndWaitForPage(By.xpath("//input[@value='Yes, cancel my seat']"));
      assertEquals("CANCELLED", status(event, p.get(0)));
      assertEquals("BOOKED", status(event, p.get(1)), "the first person waiting has the seat");

      as(browser, p.get(1), panel);
      assertTrue(browser.text(By.id("booking-status")).contains("You have a seat."));
    }
  }

  @Test
  void clickingTheMailedGiveUpLinkGivesTheSeatUpAtOnce() {
    long event = Events.open("One-click induction", 1, Duration.ofDays(16));
    List<Coaches.SignedIn> p = Coaches.signedIn(3);
    long seat = BookingApi.json(BookingApi.book(p.get(0), event)).getJsonNumber("id").longValue();
    BookingApi.book(p.get(1), event);
    BookingApi.book(p.get(2), event);
    assertEquals(204, BookingApi.cancel(p.get(0), seat).statusCode());
    assertEquals("BOOKED", status(event, p.get(1)), "promoted");
    String link =
        BookingsIT.link(
            BookingMails.text(BookingMails.await(p.get(1).email(), 2)), "/events/give-up.xhtml");

    try (Browser browser = new Browser()) {
      // The person clicks the link (user activation: the browser sends Sec-Fetch-User: ?1).
      browser.open("/privacy.xhtml");
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "const a = document.createElement('a'); a.id = 'mail-link'; a.href = arguments[0];"
                  + " a.textContent = 'Give up the seat'; document.querySelector('h1').after(a);",
              link);
      browser.clickAndWaitForPage(By.id("mail-link"));
      assertEquals("CANCELLED", status(event, p.get(1)), "given up with one click");
      assertEquals("BOOKED", status(event, p.get(2)), "the next person waiting has it");
      assertTrue(browser.currentPath().startsWith("/events/give-up.xhtml?token="));
      String done = browser.text(By.id("done"));
      assertTrue(done.contains("Your seat is given up: One-click induction"), done);
      assertTrue(
          browser
              .find(By.linkText("One-click induction"))
              .getAttribute("href")
              .endsWith("/events/event.xhtml?id=" + event));
      browser.screenshots("events-give-up-done");

      browser.driver().navigate().refresh();
      browser.waitForPage();
      assertTrue(browser.text(By.id("done")).contains("This seat was given up already"));
      assertEquals("BOOKED", status(event, p.get(2)));
    }
  }

  @Test
  void myBookingsShowsSeatsAndPlacesAndLeavesTheQueueInOneClick() {
    long full = Events.open("Pages induction", 1, Duration.ofDays(12));
    long open = Events.open("Pages workshop", 5, Duration.ofDays(13));
    List<Coaches.SignedIn> p = Coaches.signedIn(2);
    Coaches.SignedIn me = p.get(0);
    BookingApi.book(p.get(1), full);
    long queued = BookingApi.json(BookingApi.book(me, full)).getJsonNumber("id").longValue();
    BookingApi.book(me, open);

    try (Browser browser = new Browser()) {
      browser.open("/privacy.xhtml");
      browser.driver().manage().addCookie(new Cookie("JSESSIONID", me.sessionId(), "/"));
      browser.open("/events/mine.xhtml");
      String page = browser.text(By.id("bookings"));
      assertTrue(page.contains("You are number 1 on the waiting list."), page);
      assertTrue(page.contains("You have a seat."), page);
      browser.screenshots("events-mine");
      browser.usePhoneWidth();
      assertFalse(browser.scrollsSideways(), "My bookings fits a phone");
      browser.useDesktopWidth();

      // Leaving the waiting list is one click; giving up a seat asks first.
      browser.clickAndWaitForPage(By.xpath("//input[@value='Leave the waiting list']"));
      assertEquals("CANCELLED", Sql.scalar("SELECT status FROM booking WHERE id = ?", queued));
      assertTrue(browser.driver().getPageSource().contains("You have left the waiting list."));
      assertFalse(browser.text(By.id("bookings")).contains("Pages induction"));
    }
  }
}
