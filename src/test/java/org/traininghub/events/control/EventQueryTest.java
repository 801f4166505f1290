package org.traininghub.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.traininghub.events.entity.EventKind;
import org.traininghub.platform.validation.Problem;

class EventQueryTest {

  @Test
  void readsEveryFilterAndWritesItBack() {
    EventQuery.Parsed parsed =
        EventQuery.parse("share-and-learn", "no", "2027-03-01", "2027-03-31", "2");
    assertTrue(parsed.valid(), parsed.problems().toString());
    EventQuery query = parsed.query();
    assertEquals(EventKind.SHARE_AND_LEARN, query.kind());
    assertEquals(false, query.online());
    assertEquals(LocalDate.of(2027, 3, 1), query.from());
    assertEquals(
        "kind=share-and-learn&online=no&from=2027-03-01&to=2027-03-31&page=2",
        query.toQueryString());
  }

  @Test
  void nothingGivenIsEveryUpcomingEvent() {
    EventQuery.Parsed parsed = EventQuery.parse(null, "", " ", null, null);
    assertTrue(parsed.valid());
    assertEquals(EventQuery.ALL, parsed.query());
    assertEquals("", parsed.query().toQueryString());
  }

  @Test
  void eachValueThatIsNotAllowedIsNamedWithWhatIs() {
    EventQuery.Parsed parsed = EventQuery.parse("party", "maybe", "28/03/2027", "soon", "0");
    assertFalse(parsed.valid());
    assertEquals(
        java.util.List.of("kind", "online", "from", "to", "page"),
        parsed.problems().stream().map(Problem::field).toList());
    assertTrue(
        parsed
            .problems()
            .get(0)
            .message()
            .contains("induction, webinar, share-and-learn, workshop"),
        parsed.problems().get(0).message());
    assertTrue(parsed.problems().get(2).message().contains("2027-03-28"));
  }

  @Test
  void theLastDayMayNotComeBeforeTheFirst() {
    EventQuery.Parsed parsed = EventQuery.parse(null, null, "2027-04-02", "2027-04-01", null);
    assertEquals("to", parsed.problems().get(0).field());
  }

  @Test
  void daysAreUkDaysAndTheListStartsNoEarlierThanNow() {
    EventQuery summer =
        new EventQuery(null, null, LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 31), 1);
    Instant now = Instant.parse("2027-01-01T12:00:00Z");
    // midnight in London in July is 23:00 the day before in UTC
    assertEquals(Instant.parse("2027-06-30T23:00:00Z"), summer.start(now));
    assertEquals(Instant.parse("2027-07-31T23:00:00Z"), summer.end());
    Instant later = Instant.parse("2027-07-15T09:00:00Z");
    assertEquals(later, summer.start(later));
    assertNull(EventQuery.ALL.end());
    assertEquals(now, EventQuery.ALL.start(now));
  }
}
