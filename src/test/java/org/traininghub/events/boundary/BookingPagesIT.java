package org.traininghub.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.traininghub.it.Browser;
import org.traininghub.it.Coaches;
import org.traininghub.it.EventRows;
import org.traininghub.it.Sql;

/** My bookings in a browser (Nu and axe check every page): a seat, a queue place, giving one up. */
class BookingPagesIT {

  @Test
  void myBookingsShowsSeatsAndPlacesAndLeavesTheQueueAfterConfirming() {
    long full = EventRows.published("Pages induction", 1, Duration.ofDays(12));
    long open = EventRows.published("Pages workshop", 5, Duration.ofDays(13));
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

      browser.clickAndWaitForPage(By.xpath("//input[@value='Leave the waiting list']"));
      assertEquals("WAITING", Sql.scalar("SELECT status FROM booking WHERE id = ?", queued));
      assertTrue(browser.text(By.id("bookings")).contains("You lose your place in the queue"));
      browser.clickAndWaitForPage(By.xpath("//input[@value='Yes, leave the waiting list']"));
      assertEquals("CANCELLED", Sql.scalar("SELECT status FROM booking WHERE id = ?", queued));
      assertTrue(browser.driver().getPageSource().contains("You have left the waiting list."));
      assertFalse(browser.text(By.id("bookings")).contains("Pages induction"));
    }
  }
}
