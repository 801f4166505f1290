package org.traininghub.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Http;
import org.traininghub.it.Sql;
import org.traininghub.it.pages.EventAdminPage;
import org.traininghub.it.pages.EventEditorPage;

/**
 * A hub admin adds an event (bad input first: nothing is saved and each problem is beside its
 * field), publishes it, moves it across the clock change, and cancels it after a confirmation; the
 * change notices the booking control observes are fired for the move and the cancellation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventAdministrationIT extends BrowserTest {

  private static final String TITLE = "Coaching conversations refresher (IT)";
  private static final String SERIES = "Monthly induction series (IT)";

  @BeforeAll
  static void signIn() {
    browser.signInAsAdmin();
  }

  private static String eventId() {
    return Sql.scalar("SELECT id FROM event WHERE title = ?", TITLE);
  }

  @Test
  @Order(1)
  void badInputIsNamedBesideEachFieldAndNothingIsSaved() {
    EventEditorPage editor = EventAdminPage.open(browser).addEvent();
    browser.screenshots("admin-event-new");
    editor
        .title(TITLE)
        .forgeDescription("<p>Hello</p><script>alert('x')</script>")
        .date("2027-03-28")
        .times("01:30", "03:00")
        .online("http://meet.example/refresher")
        .capacity("20")
        .organiser("Hub team", "hub@nhs.net")
        .save();
    assertTrue(editor.form().contains("Nothing has been saved"), editor.form());
    assertTrue(
        editor.error("startTime").contains("There is no 01:30 on 28 March 2027"),
        editor.error("startTime"));
    assertTrue(editor.error("joiningUrl").contains("https://"), editor.error("joiningUrl"));
    assertTrue(
        editor.error("descriptionHtml").contains("not allowed (script)"),
        editor.error("descriptionHtml"));
    browser.screenshots("admin-event-problems");

    editor.forgeDescription("<p>Hello</p>").times("10:00", "09:00");
    editor.online("https://meet.example/refresher").save();
    assertTrue(
        editor.error("endTime").contains("The end must be after the start"),
        editor.error("endTime"));
    assertEquals("0", Sql.scalar("SELECT COUNT(*) FROM event WHERE title = ?", TITLE));
  }

  @Test
  @Order(2)
  void aGoodEventIsSavedAsADraftInLondonTime() {
    EventEditorPage editor = EventEditorPage.openNew(browser);
    editor
        .kind("Workshop")
        .title(TITLE)
        .forgeDescription("<p><strong>Bring</strong> a notebook</p>")
        .item("New to primary care induction")
        .date("2027-03-28")
        .times("10:00", "12:00")
        .inPerson("Riverside Health Centre", "1 River Street, Exeter EX1 1AA")
        .capacity("20")
        .organiser("Hub team", "hub@nhs.net")
        .save();
    EventAdminPage list = EventAdminPage.current(browser);
    assertTrue(list.messages().contains("as a draft"), list.messages());
    assertTrue(list.row(TITLE).contains("Draft"), list.row(TITLE));
    // 10:00 in London on the day the clocks go forward is 09:00 UTC
    assertTrue(
        Sql.scalar("SELECT starts_at FROM event WHERE title = ?", TITLE)
            .startsWith("2027-03-28 09:00:00"));
    assertEquals(
        "<p><strong>Bring</strong> a notebook</p>",
        Sql.scalar("SELECT description_html FROM event WHERE title = ?", TITLE));
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'event added' AND subject LIKE ?",
            "%" + TITLE));
  }

  @Test
  @Order(3)
  void publishingListsIt() {
    EventAdminPage list = EventAdminPage.open(browser);
    list.publish(TITLE);
    assertEquals("PUBLISHED", Sql.scalar("SELECT status FROM event WHERE title = ?", TITLE));
    assertTrue(list.search("refresher").row(TITLE).contains("Published"));
    browser.screenshots("admin-events");
  }

  @Test
  @Order(3)
  void theDemoEventsArePublishedOnTheEmbeddedDefault() {
    EventAdminPage list = EventAdminPage.open(browser);
    assertTrue(list.row(DemoEvents.WEBINAR).contains("Published"), list.row(DemoEvents.WEBINAR));
    assertTrue(list.row(DemoEvents.VOLUNTARY_SECTOR).contains("Demo"));
    assertEquals(
        "2",
        Sql.scalar(
            "SELECT COUNT(*) FROM event WHERE demo = TRUE AND title = ? AND catalogue_item_id ="
                + " (SELECT id FROM catalogue_item WHERE slug = 'new-to-primary-care-induction')",
            DemoEvents.INDUCTION));
    // The demo bookings are made without mail (the attendees are no real people; nobody booked).
    assertTrue(
        Integer.parseInt(
                Sql.scalar(
                    "SELECT COUNT(*) FROM booking b JOIN account a ON a.id = b.account_id"
                        + " WHERE a.email LIKE 'attendee%@demo.traininghub.example'"))
            >= 19,
        "the demo attendees' seats");
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM mail_outbox"
                + " WHERE recipient LIKE 'attendee%@demo.traininghub.example'"),
        "no mail for the demo bookings");
  }

  @Test
  @Order(4)
  void movingItAcrossTheClockChangeKeepsTheWallClockAndNotifies() {
    EventEditorPage editor = EventAdminPage.open(browser).edit(TITLE);
    assertEquals(
        "10:00", browser.find(By.id("startTime")).getDomProperty("value"), "shown in London time");
    editor.date("2027-10-31").times("10:00", "12:00").save();
    assertTrue(EventAdminPage.current(browser).messages().contains("Saved"));
    // 10:00 in London after the clocks go back is 10:00 UTC
    assertTrue(
        Sql.scalar("SELECT starts_at FROM event WHERE title = ?", TITLE)
            .startsWith("2027-10-31 10:00:00"));
    assertEquals("1", Sql.scalar("SELECT ical_sequence FROM event WHERE title = ?", TITLE));
    assertTrue(notices().contains(eventId() + " UPDATED"), notices());

    EventAdminPage.open(browser).edit(TITLE);
    assertEquals("10:00", browser.find(By.id("startTime")).getDomProperty("value"));
    editor.times("01:30", "03:00").save();
    assertTrue(
        editor.error("startTime").contains("01:30 happens twice on 31 October 2027"),
        editor.error("startTime"));
  }

  @Test
  @Order(5)
  void capacityCannotGoBelowTheSeatsTaken() {
    Sql.update("UPDATE event SET booked_count = 3 WHERE title = ?", TITLE);
    try {
      EventEditorPage editor = EventAdminPage.open(browser).edit(TITLE);
      editor.capacity("2").save();
      assertTrue(
          editor.error("capacity").contains("3 seats are already booked"),
          editor.error("capacity"));
      assertEquals("20", Sql.scalar("SELECT capacity FROM event WHERE title = ?", TITLE));
    } finally {
      Sql.update("UPDATE event SET booked_count = 0 WHERE title = ?", TITLE);
    }
  }

  @Test
  @Order(6)
  void cancellingAsksFirstThenTellsEveryone() {
    EventAdminPage list = EventAdminPage.open(browser);
    list.askToCancel(TITLE).keep();
    assertEquals("PUBLISHED", Sql.scalar("SELECT status FROM event WHERE title = ?", TITLE));

    list.askToCancel(TITLE);
    browser.screenshots("admin-event-cancel");
    list.confirmCancel("The trainer is unwell");
    assertTrue(list.messages().contains("is cancelled"), list.messages());
    assertEquals("CANCELLED", Sql.scalar("SELECT status FROM event WHERE title = ?", TITLE));
    assertEquals(
        "The trainer is unwell",
        Sql.scalar("SELECT cancel_reason FROM event WHERE title = ?", TITLE));
    assertTrue(notices().contains(eventId() + " CANCELLED"), notices());
  }

  @Test
  @Order(7)
  void thePagesWorkOnAPhone() {
    browser.usePhoneWidth();
    try {
      EventAdminPage.open(browser).show("All events");
      assertFalse(browser.scrollsSideways(), "the list fits 390 px");
      browser.screenshots("admin-events-phone");
      EventEditorPage.openNew(browser);
      assertFalse(browser.scrollsSideways(), "the editor fits 390 px");
      browser.screenshots("admin-event-new-phone");
    } finally {
      browser.useDesktopWidth();
    }
  }

  @Test
  @Order(8)
  void aMonthlySeriesIsCreatedAtOnceAcrossTheClockChange() {
    EventEditorPage.openNew(browser)
        .title(SERIES)
        .date("2027-02-10")
        .times("10:00", "12:30")
        .deadline("2027-02-09", "17:00")
        .online("https://meet.example/induction")
        .capacity("12")
        .organiser("Hub team", "hub@nhs.net")
        .repeat("MONTHLY", "3")
        .save();
    assertTrue(
        EventAdminPage.current(browser).messages().contains("Saved 3 dates of"),
        EventAdminPage.current(browser).messages());
    assertEquals(
        "2027-02-10 10:00:00|2027-03-10 10:00:00|2027-04-10 09:00:00",
        seriesTimes("starts_at"),
        "10:00 in London each month: 09:00 UTC once the clocks have gone forward");
    assertEquals(
        "2027-02-09 17:00:00|2027-03-09 17:00:00|2027-04-09 16:00:00",
        seriesTimes("booking_deadline"),
        "booking closes the day before at 17:00 each time");
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(DISTINCT series_id) FROM event WHERE title = ? AND series_id IS NOT NULL",
            SERIES));
  }

  @Test
  @Order(9)
  void editingOneDateOrItAndTheLaterDates() {
    EventAdminPage list = EventAdminPage.open(browser).show("All events");
    list.edit("10 March 2027");
    EventEditorPage editor = EventEditorPage.current(browser);
    browser.screenshots("admin-event-series-edit");
    editor.times("11:00", "13:00").scope("LATER").save();
    assertTrue(
        EventAdminPage.current(browser).messages().contains("and the 1 later dates"),
        EventAdminPage.current(browser).messages());
    assertEquals(
        "2027-02-10 10:00:00|2027-03-10 11:00:00|2027-04-10 10:00:00",
        seriesTimes("starts_at"),
        "the first keeps its time; the others start at 11:00 London");

    EventAdminPage.open(browser).show("All events").edit("10 April 2027");
    assertTrue(
        browser.findAll(By.name("scope")).isEmpty(), "the last date has no later dates to change");
    editor.times("14:00", "15:00").save();
    assertEquals(
        "2027-02-10 10:00:00|2027-03-10 11:00:00|2027-04-10 13:00:00", seriesTimes("starts_at"));
  }

  private static String seriesTimes(String column) {
    return Sql.scalar(
        "SELECT GROUP_CONCAT(DATE_FORMAT("
            + column
            + ", '%Y-%m-%d %H:%i:%s') ORDER BY starts_at SEPARATOR '|') FROM event WHERE title = ?",
        SERIES);
  }

  private static String notices() {
    return Http.get("/test-only/event-changed-probe").body();
  }
}
