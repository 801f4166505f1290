package org.traininghub.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Coaches;
import org.traininghub.it.Events;
import org.traininghub.it.People;
import org.traininghub.it.Sql;
import org.traininghub.it.pages.AccountDataPage;

/**
 * A coach with a seat deletes their account: the deletion goes through (the bookings named it), the
 * seat goes to the first person waiting, and no booking names the account any more.
 */
class AccountDeletionIT extends BrowserTest {

  @Test
  void aCoachWithASeatDeletesTheAccountAndTheFirstWaitingGetsTheSeat() {
    long event = Events.open("Leaving booker induction", 1, Duration.ofDays(20));
    List<Coaches.SignedIn> people = Coaches.signedIn(2);
    Coaches.SignedIn leaving = people.get(0);
    Coaches.SignedIn waiting = people.get(1);
    HttpResponse<String> seat = BookingApi.book(leaving, event);
    assertEquals(201, seat.statusCode(), seat.body());
    assertEquals("WAITING", BookingApi.json(BookingApi.book(waiting, event)).getString("status"));

    People.signIn(browser, leaving.email(), DemoPeople.COACH_PASSWORD);
    AccountDataPage.open(browser).password(DemoPeople.COACH_PASSWORD).understood().delete();
    assertTrue(List.of("/", "/index.xhtml").contains(browser.currentPath()), browser.currentPath());

    assertEquals("0", Sql.scalar("SELECT COUNT(*) FROM account WHERE id = ?", leaving.id()));
    assertEquals(
        "0", Sql.scalar("SELECT COUNT(*) FROM booking WHERE account_id = ?", leaving.id()));
    assertEquals(
        "BOOKED",
        Sql.scalar(
            "SELECT status FROM booking WHERE event_id = ? AND account_id = ?",
            event,
            waiting.id()));
    assertEquals("1", Sql.scalar("SELECT booked_count FROM event WHERE id = ?", event));
    assertEquals("0", Sql.scalar("SELECT waiting_count FROM event WHERE id = ?", event));
  }
}
