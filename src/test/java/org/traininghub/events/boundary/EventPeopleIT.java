package org.traininghub.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * An event's people for the admin: the booking list, its CSV (parsed back), and the register at the
 * door on a phone, whose marks become completions of the event's catalogue item and, in the same
 * transaction, a verified entry on the coach's record (once, however often the mark changes).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventPeopleIT extends BrowserTest {

  private static final String TITLE = "Register at the door (IT)";
  private static long eventId;
  private static String item;

  @BeforeAll
  static void anEventThatHasJustStartedWithThreePeople() {
    item = Sql.scalar("SELECT id FROM catalogue_item WHERE slug = 'new-to-primary-care-induction'");
    Sql.update(
        "INSERT INTO event (uid, kind, title, description_html, catalogue_item_id, starts_at,"
            + " ends_at, booking_deadline, online, venue_name, venue_address, capacity,"
            + " organiser_name, organiser_email, status, booked_count, waiting_count, created_at,"
            + " updated_at) VALUES ('register-it', 'INDUCTION', ?, '', ?,"
            + " UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, UTC_TIMESTAMP(6) + INTERVAL 1 HOUR,"
            + " UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, FALSE, 'Hub', '1 Street', 2, 'Hub',"
            + " 'hub@nhs.net', 'PUBLISHED', 2, 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
        TITLE,
        Long.parseLong(item));
    eventId = Long.parseLong(Sql.scalar("SELECT id FROM event WHERE uid = 'register-it'"));
    String[][] people = {
      {"register-a@example.org", "Ada Register", "BOOKED"},
      {"register-b@example.org", "=HYPERLINK(\"http://x\")", "BOOKED"},
      {"register-c@example.org", "Cy Register", "WAITING"}
    };
    for (String[] p : people) {
      Sql.update(
          "INSERT INTO account (email, display_name, role, status, created_at, version)"
              + " VALUES (?, ?, 'COACH', 'ACTIVE', UTC_TIMESTAMP(6), 0)",
          p[0],
          p[1]);
      Sql.update(
          "INSERT INTO booking (event_id, account_id, status, requested_at, seated_at)"
              + " SELECT ?, id, ?, UTC_TIMESTAMP(6), CASE WHEN ? = 'BOOKED' THEN UTC_TIMESTAMP(6)"
              + " END FROM account WHERE email = ?",
          eventId,
          p[2],
          p[2],
          p[0]);
    }
    browser.signInAsAdmin();
  }

  @AfterAll
  static void removeThem() {
    Sql.update("DELETE FROM event_completion WHERE event_id = ?", eventId);
    Sql.update("DELETE FROM booking WHERE event_id = ?", eventId);
    Sql.update("DELETE FROM event WHERE id = ?", eventId);
    Sql.update("DELETE FROM account WHERE email LIKE 'register-%@example.org'");
  }

  @Test
  @Order(1)
  void theBookingListShowsSeatsThenTheQueue() {
    browser.open("/admin/events/bookings.xhtml?id=" + eventId);
    String table = browser.text(By.id("bookings:table"));
    assertTrue(table.indexOf("Ada Register") < table.indexOf("Cy Register"), table);
    assertTrue(table.contains("On the waiting list"), table);
    browser.screenshots("admin-event-bookings");
  }

  @Test
  @Order(2)
  void theCsvParsesBackWithEveryPersonAndNoFormula() throws IOException {
    WebClient admin = new WebClient();
    admin.signIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    HttpResponse<String> page = admin.get("/admin/events/bookings.xhtml?id=" + eventId);
    HttpResponse<String> csv = admin.submit(WebClient.form(page, "bookings"));
    assertEquals(200, csv.statusCode());
    assertTrue(
        csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"),
        csv.headers().map().toString());
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    assertEquals(3, rows.size(), csv.body());
    assertEquals("Ada Register", rows.get(0).get("Name"));
    assertEquals("register-a@example.org", rows.get(0).get("Email"));
    assertEquals("Booked", rows.get(0).get("Status"));
    assertEquals("'=HYPERLINK(\"http://x\")", rows.get(1).get("Name"), "no formula runs");
    assertEquals("On the waiting list", rows.get(2).get("Status"));
    assertEquals("", rows.get(2).get("Seat since"));
  }

  @Test
  @Order(3)
  void theRegisterWorksOnAPhoneAndAttendanceBecomesACompletion() {
    browser.usePhoneWidth();
    try {
      browser.open("/admin/events/register.xhtml?id=" + eventId);
      assertFalse(browser.scrollsSideways(), "the register fits 390 px");
      tap("Ada Register attended");
      tap("=HYPERLINK(\"http://x\") did not attend");
      browser.waitForText(By.id("register:status"), "1 of 2 marked as attended");
      browser.checkAccessibility();
      browser.screenshots("admin-event-register");
    } finally {
      browser.useDesktopWidth();
    }
    assertEquals(
        "ATTENDED",
        Sql.scalar(
            "SELECT b.attendance FROM booking b JOIN account a ON a.id = b.account_id"
                + " WHERE a.email = 'register-a@example.org'"));
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
    // the outbox row is consumed in the marking transaction: the coach's record has it at once
    assertEquals(
        item + " " + today,
        Sql.scalar(
            "SELECT CONCAT(c.catalogue_item_id, ' ', c.completed_on) FROM event_completion c"
                + " JOIN account a ON a.id = c.account_id"
                + " WHERE a.email = 'register-a@example.org' AND c.consumed_at IS NOT NULL"));
    assertEquals(
        "1", Sql.scalar("SELECT COUNT(*) FROM event_completion WHERE event_id = ?", eventId));
    assertEquals("L1 " + today + " COMPLETED verified counts", entriesOfAda());

    // corrected to "did not attend": the entry stops counting
    browser.open("/admin/events/register.xhtml?id=" + eventId);
    tap("Ada Register did not attend");
    browser.waitForText(By.id("register:status"), "0 of 2 marked as attended");
    assertEquals("L1 " + today + " COMPLETED verified withdrawn", entriesOfAda());
    assertEquals(
        "true",
        browser
            .find(By.cssSelector("[aria-label='Ada Register did not attend']"))
            .getDomAttribute("aria-pressed"));

    // marked attended again: the same entry counts again, no second one
    tap("Ada Register attended");
    browser.waitForText(By.id("register:status"), "1 of 2 marked as attended");
    assertEquals("L1 " + today + " COMPLETED verified counts", entriesOfAda());
    assertEquals(
        "1", Sql.scalar("SELECT COUNT(*) FROM event_completion WHERE event_id = ?", eventId));
    assertNull(
        Sql.scalar(
            "SELECT c.id FROM record_completion c JOIN account a ON a.id = c.coach_id"
                + " WHERE a.email LIKE 'register-b@example.org'"),
        "no entry for a person marked as not attending");
  }

  /** Ada's record entries: requirement, date, stage, verified, whether it counts. */
  private static String entriesOfAda() {
    return Sql.scalar(
        "SELECT GROUP_CONCAT(CONCAT(r.code, ' ', c.completed_on, ' ', c.stage, ' ',"
            + " IF(c.verified_at IS NULL, 'unverified', 'verified'), ' ',"
            + " IF(c.rejected_at IS NULL, 'counts', 'withdrawn')) ORDER BY c.id SEPARATOR '; ')"
            + " FROM record_completion c JOIN requirement r ON r.id = c.requirement_id"
            + " JOIN account a ON a.id = c.coach_id"
            + " WHERE a.email = 'register-a@example.org' AND c.booking_id IS NOT NULL");
  }

  /** Taps the button and waits until the redrawn register shows it pressed. */
  private static void tap(String label) {
    By button = By.cssSelector("[aria-label='" + label.replace("\"", "\\\"") + "']");
    browser.find(button).click();
    browser.waitUntil(
        d -> {
          try {
            return "true".equals(d.findElement(button).getDomAttribute("aria-pressed"));
          } catch (org.openqa.selenium.StaleElementReferenceException
              | org.openqa.selenium.NoSuchElementException e) {
            return false;
          }
        });
  }
}
