package org.traininghub.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.traininghub.events.entity.EventKind;
import org.traininghub.it.Events;
import org.traininghub.it.Http;

/**
 * The public events pages and API as HTTP sees them: what is listed and what is not, the filters,
 * the event page's facts, times across the clock change, and what bad input gets.
 */
class EventPagesIT {

  private static final String MARK = "Aa pages ";
  private static final String JOINING_URL = "https://meet.example.org/aa-pages-secret";

  private static long inPerson;
  private static long online;
  private static long draft;
  private static long cancelled;
  private static long past;
  private static long march;
  private static long october;

  @BeforeAll
  static void makeEvents() {
    Events.remove(MARK);
    inPerson =
        Events.published(MARK + "induction in Wisbech")
            .kind(EventKind.INDUCTION)
            .inDays(3, LocalTime.of(9, 30))
            .venue("Wisbech hub room", "1 Market Street, Wisbech PE13 1AA")
            .capacity(12)
            .booked(12)
            .waiting(3)
            .description("<p>Bring <strong>your rota</strong>.</p>")
            .delivers("new-to-primary-care-induction")
            .create();
    online =
        Events.published(MARK + "webinar on supervision")
            .kind(EventKind.WEBINAR)
            .inDays(4, LocalTime.of(13, 0))
            .online(JOINING_URL)
            .capacity(100)
            .booked(40)
            .create();
    draft = Events.draft(MARK + "draft workshop").inDays(5, LocalTime.of(10, 0)).create();
    cancelled =
        Events.cancelled(MARK + "cancelled share and learn", "The room flooded")
            .kind(EventKind.SHARE_AND_LEARN)
            .inDays(6, LocalTime.of(10, 0))
            .create();
    past = Events.published(MARK + "past induction").inDays(-3, LocalTime.of(10, 0)).create();
    march =
        Events.published(MARK + "clocks forward")
            .at(Events.nextLastSunday(Month.MARCH), LocalTime.of(10, 0))
            .create();
    october =
        Events.published(MARK + "clocks back")
            .at(Events.nextLastSunday(Month.OCTOBER), LocalTime.of(10, 0))
            .create();
  }

  @AfterAll
  static void removeEvents() {
    Events.remove(MARK);
  }

  private static List<String> listed(String query) {
    HttpResponse<String> response = Http.get("/events/" + query);
    assertEquals(200, response.statusCode(), response.body());
    return Jsoup.parse(response.body()).select(".hub-event-card h3").eachText().stream()
        .filter(t -> t.startsWith(MARK))
        .toList();
  }

  @Test
  void theListHasUpcomingPublishedEventsSoonestFirst() {
    List<String> titles = listed("?to=" + Events.nextLastSunday(Month.MARCH).minusDays(1));
    assertEquals(
        List.of(MARK + "induction in Wisbech", MARK + "webinar on supervision"),
        titles.subList(0, 2),
        "no draft, no cancelled, no past event; soonest first: " + titles);
    assertFalse(titles.contains(MARK + "draft workshop"));
    assertFalse(titles.contains(MARK + "cancelled share and learn"));
    assertFalse(titles.contains(MARK + "past induction"));
  }

  @Test
  void theListFiltersByKindAndByOnlineOrInPerson() {
    assertEquals(List.of(MARK + "webinar on supervision"), listed("?kind=webinar&online=yes"));
    List<String> inPersonOnly = listed("?online=no");
    assertTrue(inPersonOnly.contains(MARK + "induction in Wisbech"), inPersonOnly.toString());
    assertFalse(inPersonOnly.contains(MARK + "webinar on supervision"));
    Document page = Jsoup.parse(Http.get("/events/?kind=webinar&online=yes").body());
    assertEquals("webinar", page.selectFirst("select#kind option[selected]").val());
    assertEquals("yes", page.selectFirst("select#online option[selected]").val());
    assertEquals(
        "/events/calendar.xhtml?kind=webinar&online=yes",
        page.selectFirst("#to-calendar").attr("href").replaceFirst("^/[^/]*/events", "/events"));
  }

  @Test
  void aCardSaysWhenWhereAndTheSeatsLeft() {
    Document page = Jsoup.parse(Http.get("/events/?kind=induction&online=no").body());
    String card =
        page.select(".hub-event-card").stream()
            .filter(c -> c.text().contains(MARK + "induction in Wisbech"))
            .findFirst()
            .orElseThrow()
            .text();
    assertTrue(card.contains("09:30 to 11:30"), card);
    assertTrue(card.contains("Wisbech hub room"), card);
    assertTrue(card.contains("Full: 3 people on the waiting list"), card);
  }

  @Test
  void badFilterValuesAreABadRequestWithAMessage() {
    HttpResponse<String> response = Http.get("/events/?kind=party&online=maybe");
    assertEquals(400, response.statusCode());
    String summary = Jsoup.parse(response.body()).selectFirst(".hub-error-summary").text();
    assertTrue(summary.contains("“kind” must be one of: induction, webinar"), summary);
    assertTrue(summary.contains("“online” must be yes (online) or no (in person)"), summary);

    HttpResponse<String> calendar = Http.get("/events/calendar.xhtml?kind=party");
    assertEquals(400, calendar.statusCode());
    assertTrue(
        Jsoup.parse(calendar.body()).selectFirst(".hub-error-summary").text().contains("“kind”"));
  }

  @Test
  void aPageAfterTheLastIsNotFoundAndSaysHowManyThereAre() {
    HttpResponse<String> response = Http.get("/events/?page=999");
    assertEquals(404, response.statusCode());
    assertTrue(response.body().contains("There is no page 999 of these events"), response.body());
  }

  @Test
  void theEventPageShowsItsFactsButNeverTheJoiningLink() {
    Document page = Jsoup.parse(Http.get("/events/event.xhtml?id=" + inPerson).body());
    assertEquals(MARK + "induction in Wisbech", page.selectFirst("h1").text());
    assertEquals("0 of 12", page.selectFirst("#seats").text());
    assertEquals("3 people", page.selectFirst("#waiting").text());
    assertTrue(page.selectFirst("#where").text().contains("1 Market Street"));
    assertEquals(
        "Health and Wellbeing Coaches and PCN leads", page.selectFirst("#audience").text());
    assertEquals("New to primary care induction", page.selectFirst("#delivers a").text());
    assertNotNull(page.selectFirst(".hub-event__description strong"), "sanitised HTML as markup");
    assertTrue(page.selectFirst("#organiser a[href^=mailto:]").text().contains("@"));

    HttpResponse<String> onlinePage = Http.get("/events/event.xhtml?id=" + online);
    assertEquals(200, onlinePage.statusCode());
    assertTrue(Jsoup.parse(onlinePage.body()).selectFirst("#where").text().startsWith("Online"));
    assertFalse(onlinePage.body().contains("aa-pages-secret"), "the joining link is not shown");
    assertFalse(
        Http.get("/api/events/" + online).body().contains("aa-pages-secret"),
        "nor given by the API");
    assertFalse(Http.get("/api/events?online=yes").body().contains("aa-pages-secret"));
  }

  @Test
  void aCancelledEventKeepsItsPageSayingSo() {
    HttpResponse<String> response = Http.get("/events/event.xhtml?id=" + cancelled);
    assertEquals(200, response.statusCode());
    String note = Jsoup.parse(response.body()).selectFirst("#cancelled").text();
    assertTrue(note.contains("This event is cancelled. The room flooded"), note);
  }

  @ParameterizedTest
  @ValueSource(strings = {"draft", "999999999", "abc", "", "-1"})
  void anUnknownOrUnpublishedEventIsNotFound(String id) {
    String path = "/events/event.xhtml?id=" + ("draft".equals(id) ? Long.toString(draft) : id);
    HttpResponse<String> page = Http.get(path);
    assertEquals(404, page.statusCode(), path);
    assertTrue(page.body().contains("Page not found"));
    String api = "/api/events/" + ("draft".equals(id) ? Long.toString(draft) : id);
    if (!id.isEmpty()) {
      assertEquals(404, Http.get(api, "application/json").statusCode(), api);
    }
  }

  @Test
  void tenInTheMorningOnTheDaysTheClocksChangeIsTenOnThePageAndInTheApi() {
    for (long id : new long[] {march, october}) {
      Document page = Jsoup.parse(Http.get("/events/event.xhtml?id=" + id).body());
      String when = page.selectFirst("#when").text();
      assertTrue(when.startsWith("Sunday ") && when.contains(", 10:00 to 12:00"), when);
      JsonObject json = Http.json(Http.get("/api/events/" + id, "application/json"));
      String startsAt = json.getString("startsAt");
      assertTrue(startsAt.contains("T10:00:00"), startsAt);
      assertEquals("Europe/London", json.getString("timeZone"));
    }
    String summer =
        Http.json(Http.get("/api/events/" + march, "application/json")).getString("startsAt");
    String winter =
        Http.json(Http.get("/api/events/" + october, "application/json")).getString("startsAt");
    assertTrue(summer.endsWith("T10:00:00+01:00"), summer);
    assertTrue(winter.endsWith("T10:00:00Z") || winter.endsWith("T10:00:00+00:00"), winter);
  }

  @Test
  void theApiFiltersAndSaysWhatIsWrong() {
    JsonObject webinars =
        Http.json(Http.get("/api/events?kind=webinar&online=yes", "application/json"));
    assertTrue(
        webinars.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .allMatch(e -> e.getString("kind").equals("webinar") && e.getBoolean("online")));
    HttpResponse<String> bad = Http.get("/api/events?online=maybe", "application/json");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("“online” must be yes (online) or no (in person)"), bad.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/events/", "/events/calendar.xhtml", "/events/event.xhtml?id="})
  void anonymousPageViewsCreateNoSession(String path) {
    HttpResponse<String> response = Http.get(path.endsWith("=") ? path + inPerson : path);
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().allValues("Set-Cookie").isEmpty(),
        response.headers().allValues("Set-Cookie").toString());
  }
}
