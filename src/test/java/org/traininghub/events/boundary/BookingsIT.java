package org.traininghub.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.it.Coaches;
import org.traininghub.it.Events;
import org.traininghub.it.Http;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;
import org.traininghub.platform.security.Role;

/**
 * Every path of a seat and a waiting-list place, through the portal's boundary: the API (with the
 * session of the pages), the give-up link's page, My bookings, the feeds; and the mail each sends,
 * its invitation read by an independent iCalendar library (biweekly).
 */
class BookingsIT {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static String status(long bookingId) {
    return Sql.scalar("SELECT status FROM booking WHERE id = ?", bookingId);
  }

  private static long id(HttpResponse<String> answer) {
    assertEquals(201, answer.statusCode(), answer.body());
    return BookingApi.json(answer).getJsonNumber("id").longValue();
  }

  private static String counts(long event) {
    return Sql.scalar(
        "SELECT CONCAT(booked_count, '/', waiting_count) FROM event WHERE id = ?", event);
  }

  private static void assertRefused(HttpResponse<String> answer, String words) {
    assertEquals(409, answer.statusCode(), answer.body());
    assertTrue(BookingApi.json(answer).getString("detail").contains(words), answer.body());
  }

  @Test
  void seatsQueueCancelPromoteGiveUpAndLeave() {
    long event = Events.open("Waiting list induction", 1, Duration.ofDays(20));
    List<Coaches.SignedIn> p = Coaches.signedIn(4);
    Coaches.SignedIn a = p.get(0), b = p.get(1), c = p.get(2), d = p.get(3);

    long seatA = id(BookingApi.book(a, event));
    assertEquals("BOOKED", status(seatA));
    assertRefused(BookingApi.book(a, event), "You already have a seat on this event");
    HttpResponse<String> queued = BookingApi.book(b, event);
    long queueB = id(queued);
    assertEquals("WAITING", BookingApi.json(queued).getString("status"));
    assertEquals(1, BookingApi.json(queued).getInt("placeInQueue"));
    assertTrue(
        BookingApi.json(queued).getString("message").contains("number 1 on the waiting list"));
    long queueC = id(BookingApi.book(c, event));
    assertRefused(
        BookingApi.book(b, event), "already on the waiting list for this event (number 1)");
    assertEquals("1/2", counts(event));
    assertTrue(BookingMails.subject(BookingMails.await(b.email(), 1)).contains("waiting list"));

    // Nobody but the holder gives a seat up; nobody signed out books.
    assertRefused(BookingApi.cancel(b, seatA), "There is no such booking of yours");
    assertEquals(401, BookingApi.send(BookingApi.bookRequest(null, event)).statusCode());

    // A gives the seat up: B, first in the queue, has it at once; C moves up.
    assertEquals(204, BookingApi.cancel(a, seatA).statusCode());
    assertEquals("CANCELLED", status(seatA));
    assertEquals("BOOKED", status(queueB));
    assertEquals("WAITING", status(queueC));
    assertEquals("1/1", counts(event));
    assertEquals(204, BookingApi.cancel(a, seatA).statusCode(), "cancelling twice changes nothing");
    assertEquals("1/1", counts(event));
    MimeMessage cancelled = BookingMails.await(a.email(), 2);
    assertEquals("CANCEL", BookingMails.calendar(cancelled).getMethod().getValue());

    MimeMessage promoted = BookingMails.await(b.email(), 2);
    assertTrue(
        BookingMails.subject(promoted).startsWith("A seat is yours"),
        BookingMails.subject(promoted));
    ICalendar invitation = BookingMails.calendar(promoted);
    assertEquals("REQUEST", invitation.getMethod().getValue());
    String link = link(BookingMails.text(promoted), "/events/give-up.xhtml");

    // The link cannot be forged: a changed or shortened secret opens nothing.
    String token = link.substring(link.indexOf("token=") + 6);
    String forged = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
    for (String wrong : List.of(forged, token.substring(0, 20), "")) {
      HttpResponse<String> page = Http.get("/events/give-up.xhtml?token=" + wrong);
      assertTrue(page.body().contains("id=\"refusal\""), wrong + ": " + page.body());
    }

    // Opening the link without a browser's click (a mail scanner, a prefetch: no Sec-Fetch-User)
    // changes nothing and shows the button; the button gives it up. (BookingPagesIT clicks it.)
    HttpResponse<String> scanned = Http.get(link.substring(link.indexOf("/events/")));
    assertTrue(scanned.body().contains("value=\"Give up my seat\""), scanned.body());
    assertEquals("BOOKED", status(queueB));
    WebClient browser = new WebClient();
    HttpResponse<String> page = browser.get(link);
    assertEquals("BOOKED", status(queueB));
    Map<String, String> form = WebClient.form(page, "giveup");
    form.put("giveup:submit", "Give up my seat");
    HttpResponse<String> done = browser.submit(form);
    assertTrue(done.body().contains("is given up"), done.body());
    assertEquals("CANCELLED", status(queueB));
    assertEquals("BOOKED", status(queueC), "the next person waiting has it");
    assertEquals("1/0", counts(event));
    String again = new WebClient().get(link).body();
    assertTrue(again.contains("This seat was given up already"), "used once only: " + again);
    assertFalse(again.contains("value=\"Give up my seat\""), again);
    assertTrue(
        BookingMails.subject(BookingMails.await(c.email(), 2)).startsWith("A seat is yours"));

    // D queues and leaves the queue: one click, the seat stays C's.
    long queueD = id(BookingApi.book(d, event));
    assertEquals("1/1", counts(event));
    assertEquals(204, BookingApi.cancel(d, queueD).statusCode());
    assertEquals("CANCELLED", status(queueD));
    assertEquals("BOOKED", status(queueC));
    assertEquals("1/0", counts(event));
    // D may queue again after leaving.
    assertEquals("WAITING", BookingApi.json(BookingApi.book(d, event)).getString("status"));
  }

  @Test
  void nobodyIsPromotedAfterTheDeadlineOrOnceStarted() {
    List<Coaches.SignedIn> p = Coaches.signedIn(4);
    long closing = Events.open("Closing induction", 1, Duration.ofDays(5));
    long seat = id(BookingApi.book(p.get(0), closing));
    long waiting = id(BookingApi.book(p.get(1), closing));
    Sql.update(
        "UPDATE event SET booking_deadline = ? WHERE id = ?",
        Events.utc(Instant.now().minusSeconds(60)),
        closing);
    assertRefused(BookingApi.book(p.get(2), closing), "Booking for this event closed on");
    assertEquals(204, BookingApi.cancel(p.get(0), seat).statusCode());
    assertEquals("WAITING", status(waiting), "no promotion after the deadline");
    assertEquals("0/1", counts(closing));
    assertEquals(204, BookingApi.cancel(p.get(1), waiting).statusCode(), "leaving still works");
    assertEquals("0/0", counts(closing));

    long started = Events.open("Started induction", 1, Duration.ofDays(5));
    long seat2 = id(BookingApi.book(p.get(2), started));
    long waiting2 = id(BookingApi.book(p.get(3), started));
    Sql.update(
        "UPDATE event SET booking_deadline = ?, starts_at = ? WHERE id = ?",
        Events.utc(Instant.now().minusSeconds(120)),
        Events.utc(Instant.now().minusSeconds(60)),
        started);
    assertRefused(BookingApi.book(p.get(0), started), "already started");
    assertEquals(204, BookingApi.cancel(p.get(2), seat2).statusCode());
    assertEquals("WAITING", status(waiting2), "no promotion once started");
    assertEquals("0/1", counts(started));
  }

  @Test
  void badRequestsGetMessagesThatSayWhy() {
    Coaches.SignedIn coach = Coaches.signedIn(1).get(0);
    Instant start = Instant.now().plus(Duration.ofDays(3));
    Instant end = start.plus(Duration.ofHours(2));
    long draft = fiveSeats(Events.draft("Draft"), start, end).create();
    long gone = fiveSeats(Events.cancelled("Gone", "The room is closed"), start, end).create();
    long leads = fiveSeats(Events.published("Leads"), start, end).audience(Role.PCN_LEAD).create();
    Instant past = Instant.now().minus(Duration.ofDays(3));
    long over = fiveSeats(Events.published("Over"), past, past.plusSeconds(3600)).create();
    assertRefused(BookingApi.book(coach, draft), "not open for booking yet");
    assertRefused(BookingApi.book(coach, gone), "has been cancelled");
    assertRefused(BookingApi.book(coach, leads), "not in this event's audience (PCN leads)");
    assertRefused(BookingApi.book(coach, over), "already started");
    assertRefused(BookingApi.book(coach, 999_999_999L), "There is no such event");
    HttpResponse<String> empty = BookingApi.send(BookingApi.post(coach, "{}"));
    assertEquals(400, empty.statusCode(), empty.body());
    assertTrue(empty.body().contains("eventId"), empty.body());
    assertEquals(
        "0",
        Sql.scalar("SELECT COUNT(*) FROM booking WHERE account_id = ?", coach.id()),
        "nothing was booked");
  }

  @Test
  void aPcnLeadBooksForTheirOwnCoachesOnly() {
    Coaches.SignedIn lead =
        Coaches.signedIn(1, DemoPeople.LEAD_EMAIL, "PCN_LEAD", "pcn-lead").get(0);
    Coaches.SignedIn own = Coaches.signedIn(1).get(0);
    Coaches.SignedIn other =
        Coaches.signedIn(1, DemoPeople.OTHER_COACH_EMAIL, "COACH", "coach").get(0);
    long event = Events.open("Lead's induction", 5, Duration.ofDays(8));

    HttpResponse<String> booked = BookingApi.send(BookingApi.bookForRequest(lead, event, own.id()));
    long seat = id(booked);
    assertTrue(BookingApi.json(booked).getString("message").contains("has a seat"), booked.body());
    assertEquals(
        String.valueOf(lead.id()),
        Sql.scalar("SELECT booked_by_account_id FROM booking WHERE id = ?", seat));
    assertRefused(
        BookingApi.send(BookingApi.bookForRequest(lead, event, other.id())),
        "Choose a coach of your own PCN");
    assertRefused(
        BookingApi.send(BookingApi.bookForRequest(lead, event, own.id())), "already has a seat");
    assertEquals(
        403, BookingApi.send(BookingApi.bookForRequest(own, event, other.id())).statusCode());
    long otherSeat = id(BookingApi.book(other, event));
    assertRefused(BookingApi.cancel(lead, otherSeat), "There is no such booking of yours");
    assertEquals(
        204, BookingApi.cancel(lead, seat).statusCode(), "the lead cancels for their coach");
    assertEquals("CANCELLED", status(seat));
  }

  @Test
  void invitationsUpdateAndCancelWithOneUidAndShowTenOClockAcrossTheClockChange() {
    // 10:00 in London on the last Sunday of March (BST, 09:00 UTC) and of October (GMT, 10:00 UTC).
    for (LocalDateTime local :
        List.of(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 10, 31, 10, 0))) {
      Instant start = local.atZone(LONDON).toInstant();
      long event =
          Events.published("Clock change induction " + local.getMonth())
              .capacity(1)
              .startsAt(start)
              .audience(Role.COACH)
              .create();
      List<Coaches.SignedIn> p = Coaches.signedIn(2);
      id(BookingApi.book(p.get(0), event));
      id(BookingApi.book(p.get(1), event));
      String uid = Sql.scalar("SELECT uid FROM event WHERE id = ?", event);

      MimeMessage confirmation = BookingMails.await(p.get(0).email(), 1);
      assertTrue(
          BookingMails.text(confirmation).contains(", 10:00 to 12:00"),
          BookingMails.text(confirmation));
      String ics = BookingMails.ics(confirmation);
      assertTrue(
          ics.contains(
              "DTSTART;TZID=Europe/London:"
                  + local.toLocalDate().toString().replace("-", "")
                  + "T100000"),
          ics);
      ICalendar first = BookingMails.parse(ics);
      assertEquals("REQUEST", first.getMethod().getValue());
      // biweekly files the VTIMEZONE away from the components; the text shows it is there.
      assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London"), ics);
      VEvent vevent = first.getEvents().get(0);
      assertEquals(uid, vevent.getUid().getValue());
      assertEquals(0, vevent.getSequence().getValue());
      assertEquals(
          start, vevent.getDateStart().getValue().toInstant(), "biweekly reads the same instant");
      assertEquals(10, vevent.getDateStart().getValue().toInstant().atZone(LONDON).getHour());
      assertTrue(
          first.validate(biweekly.ICalVersion.V2_0).isEmpty(),
          first.validate(biweekly.ICalVersion.V2_0).toString());

      // The admin moves it an hour: an update, same UID, higher SEQUENCE, new time.
      assertTrue(
          Http.get("/test-only/bookings?do=move&id=" + event + "&minutes=60")
              .body()
              .startsWith("moved"));
      MimeMessage update = BookingMails.await(p.get(0).email(), 2);
      VEvent updated = BookingMails.calendar(update).getEvents().get(0);
      assertEquals("REQUEST", BookingMails.calendar(update).getMethod().getValue());
      assertEquals(uid, updated.getUid().getValue());
      assertEquals(1, updated.getSequence().getValue());
      assertEquals(11, updated.getDateStart().getValue().toInstant().atZone(LONDON).getHour());
      assertTrue(
          BookingMails.subject(BookingMails.await(p.get(1).email(), 2)).startsWith("Changed"));

      // The admin cancels it: METHOD:CANCEL with the same UID and a higher SEQUENCE; all released.
      assertTrue(
          Http.get("/test-only/bookings?do=cancel&id=" + event).body().startsWith("cancelled"));
      MimeMessage cancel = BookingMails.await(p.get(0).email(), 3);
      ICalendar cancellation = BookingMails.calendar(cancel);
      assertEquals("CANCEL", cancellation.getMethod().getValue());
      assertEquals(uid, cancellation.getEvents().get(0).getUid().getValue());
      assertEquals(2, cancellation.getEvents().get(0).getSequence().getValue());
      assertTrue(BookingMails.text(cancel).contains("The trainer is ill"));
      MimeMessage waiterTold = BookingMails.await(p.get(1).email(), 3);
      assertTrue(BookingMails.subject(waiterTold).startsWith("Cancelled"));
      assertNull(BookingMails.ics(waiterTold), "no invitation to withdraw from someone waiting");
      assertEquals("0/0", counts(event));
      assertEquals(
          "0",
          Sql.scalar(
              "SELECT COUNT(*) FROM booking WHERE event_id = ? AND status <> 'CANCELLED'", event));
    }
  }

  @Test
  void feedsParseInAnotherLibraryAndThePersonalOneIsRevocable() {
    Instant start = LocalDateTime.of(2027, 10, 31, 10, 0).atZone(LONDON).toInstant();
    long shown =
        fiveSeats(Events.published("Feed induction"), start, start.plusSeconds(7200))
            .online("https://meet.example.org/induction")
            .create();
    long hidden = fiveSeats(Events.draft("Feed draft"), start, start.plusSeconds(7200)).create();
    Instant spring = LocalDateTime.of(2027, 3, 28, 10, 0).atZone(LONDON).toInstant();
    long springShown =
        fiveSeats(Events.published("Feed spring induction"), spring, spring.plusSeconds(7200))
            .create();
    String showUid = Sql.scalar("SELECT uid FROM event WHERE id = ?", shown);
    String springUid = Sql.scalar("SELECT uid FROM event WHERE id = ?", springShown);
    String hiddenUid = Sql.scalar("SELECT uid FROM event WHERE id = ?", hidden);

    HttpResponse<String> open = Http.get("/events.ics", "text/calendar");
    assertEquals(200, open.statusCode());
    assertTrue(open.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    ICalendar published = BookingMails.parse(open.body());
    assertEquals("PUBLISH", published.getMethod().getValue());
    VEvent listed =
        published.getEvents().stream()
            .filter(e -> e.getUid().getValue().equals(showUid))
            .findFirst()
            .orElseThrow(() -> new AssertionError("published event in /events.ics"));
    assertEquals(10, listed.getDateStart().getValue().toInstant().atZone(LONDON).getHour());
    VEvent springListed =
        published.getEvents().stream()
            .filter(e -> e.getUid().getValue().equals(springUid))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the spring event in /events.ics"));
    assertEquals(
        10,
        springListed.getDateStart().getValue().toInstant().atZone(LONDON).getHour(),
        "10:00 on the day the clocks go forward");
    assertEquals("Online", listed.getLocation().getValue());
    assertFalse(open.body().contains("meet.example.org"), "no joining link in a public feed");
    assertTrue(
        published.getEvents().stream().noneMatch(e -> e.getUid().getValue().equals(hiddenUid)));

    Coaches.SignedIn coach = Coaches.signedIn(1).get(0);
    id(BookingApi.book(coach, shown));
    String first = newFeed(coach);
    HttpResponse<String> mine =
        Http.get(first.substring(first.indexOf("/calendar/")), "text/calendar");
    assertEquals(200, mine.statusCode(), mine.body());
    ICalendar personal = BookingMails.parse(mine.body());
    assertEquals(1, personal.getEvents().size());
    assertEquals(showUid, personal.getEvents().get(0).getUid().getValue());
    assertTrue(mine.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

    String second = newFeed(coach);
    assertEquals(
        404, Http.get(path(first), "text/calendar").statusCode(), "replaced: the old one is dead");
    assertEquals(200, Http.get(path(second), "text/calendar").statusCode());
    WebClient client = new WebClient();
    client.useSessionId(coach.sessionId());
    Map<String, String> form = WebClient.form(client.get("/events/mine.xhtml"), "mine");
    form.put("mine:revokefeed", "Turn my calendar address off");
    client.submit(form);
    assertEquals(404, Http.get(path(second), "text/calendar").statusCode(), "turned off");
    assertEquals(404, Http.get("/calendar/not-a-real-secret.ics", "text/calendar").statusCode());
  }

  @Test
  void theReminderIsClaimedInTheDatabaseAndSentOnce() {
    long soon = Events.open("Tomorrow's induction", 3, Duration.ofHours(20));
    long later = Events.open("Next month's induction", 3, Duration.ofDays(30));
    Coaches.SignedIn coach = Coaches.signedIn(1).get(0);
    long seat = id(BookingApi.book(coach, soon));
    id(BookingApi.book(coach, later));
    BookingMails.await(coach.email(), 2);

    String[] sent = Http.get("/test-only/bookings?do=remind").body().split(",");
    assertEquals(2, sent.length, "two runs at once");
    assertNotNull(Sql.scalar("SELECT reminder_sent_at FROM booking WHERE id = ?", seat));
    MimeMessage reminder = BookingMails.await(coach.email(), 3);
    assertTrue(BookingMails.subject(reminder).startsWith("Reminder: Tomorrow's induction"));
    assertEquals("REQUEST", BookingMails.calendar(reminder).getMethod().getValue());
    assertEquals("0,0", Http.get("/test-only/bookings?do=remind").body(), "nothing left to send");
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM mail_outbox WHERE idempotency_key LIKE ?",
            "booking:" + seat + ":reminder"),
        "one reminder, however many runs looked at once");
    assertNull(
        Sql.scalar(
            "SELECT reminder_sent_at FROM booking WHERE account_id = ? AND id <> ?",
            coach.id(),
            seat),
        "next month's comes later");
  }

  private static String newFeed(Coaches.SignedIn who) {
    WebClient client = new WebClient();
    client.useSessionId(who.sessionId());
    Map<String, String> form = WebClient.form(client.get("/events/mine.xhtml"), "mine");
    form.put("mine:newfeed", "Make my calendar address");
    HttpResponse<String> page = client.submit(form);
    Matcher m = Pattern.compile("id=\"feed-url\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    assertTrue(m.find(), page.body());
    return m.group(1);
  }

  private static String path(String url) {
    return url.substring(url.indexOf("/calendar/"));
  }

  static String link(String text, String path) {
    Matcher m = Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(text);
    assertTrue(m.find(), "no link to " + path + " in:\n" + text);
    return m.group();
  }

  /** Five seats for coaches, from {@code start} to {@code end}, booking open until the start. */
  private static Events fiveSeats(Events event, Instant start, Instant end) {
    return event.capacity(5).startsAt(start).endsAt(end).deadline(start).audience(Role.COACH);
  }
}
