package org.traininghub.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventDetails;
import org.traininghub.events.entity.EventKind;
import org.traininghub.platform.security.Role;

/** The iCalendar ical4j writes, read back by another library (biweekly). */
class CalendarsTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static Event event(LocalDateTime localStart) {
    Instant start = localStart.atZone(LONDON).toInstant();
    return new Event(
        new EventDetails(
            EventKind.INDUCTION,
            "New to primary care induction",
            "<p>Hello</p>",
            null,
            start,
            start.plusSeconds(7200),
            start.minusSeconds(86400),
            false,
            "The Hub Room",
            "1 High Street\nCambridge",
            null,
            20,
            "Olive Organiser",
            "events@hub.example",
            EnumSet.of(Role.COACH),
            Set.of()),
        null,
        false,
        Instant.parse("2026-12-01T00:00:00Z"));
  }

  @Test
  void tenOClockInLondonOnBothClockChangeSundaysIsTenOClock() {
    for (LocalDateTime local :
        List.of(LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 10, 31, 10, 0))) {
      Event event = event(local);
      String ics =
          Calendars.request(
              event,
              new Calendars.Invitee("Ann Coach", "ann@nhs.example"),
              "https://hub.example/events/event.xhtml?id=1",
              Instant.parse("2026-12-01T12:00:00Z"));
      assertTrue(ics.contains("METHOD:REQUEST"), ics);
      assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London"), ics);
      String day = local.toLocalDate().toString().replace("-", "");
      assertTrue(ics.contains("DTSTART;TZID=Europe/London:" + day + "T100000"), ics);
      ICalendar read = Biweekly.parse(ics).first();
      assertTrue(
          read.validate(ICalVersion.V2_0).isEmpty(), read.validate(ICalVersion.V2_0).toString());
      VEvent vevent = read.getEvents().get(0);
      assertEquals(event.getStartsAt(), vevent.getDateStart().getValue().toInstant());
      assertEquals(10, vevent.getDateStart().getValue().toInstant().atZone(LONDON).getHour());
      assertEquals(event.getUid(), vevent.getUid().getValue());
      assertEquals(0, vevent.getSequence().getValue());
      assertEquals("ann@nhs.example", vevent.getAttendees().get(0).getEmail());
    }
  }

  @Test
  void aCancellationKeepsTheUidWithAHigherSequence() {
    Event event = event(LocalDateTime.of(2027, 5, 5, 14, 30));
    event.cancel("Ill", Instant.parse("2026-12-02T00:00:00Z"));
    ICalendar read =
        Biweekly.parse(
                Calendars.cancel(
                    event,
                    new Calendars.Invitee("Ann", "ann@nhs.example"),
                    "https://hub.example/e",
                    Instant.now()))
            .first();
    assertEquals("CANCEL", read.getMethod().getValue());
    assertEquals(1, read.getEvents().get(0).getSequence().getValue());
    assertEquals("CANCELLED", read.getEvents().get(0).getStatus().getValue());
    assertEquals(event.getUid(), read.getEvents().get(0).getUid().getValue());
  }

  @Test
  void anInvitationRenderedAheadIsTheEventsOnlyWhileWhatItShowsIsUnchanged() {
    Event event = event(LocalDateTime.of(2027, 5, 5, 14, 30));
    Calendars.Invitee ann = new Calendars.Invitee("Ann", "ann@nhs.example");
    List<Object> ahead = Calendars.requestInputs(event, ann);
    assertEquals(
        ahead, Calendars.requestInputs(event, new Calendars.Invitee("Ann", "ann@nhs.example")));
    assertNotEquals(
        ahead, Calendars.requestInputs(event, new Calendars.Invitee("Bo", "bo@nhs.example")));

    // A new organiser raises no SEQUENCE, but is in the invitation: it must be rendered again.
    EventDetails d = event.details();
    event.revise(
        new EventDetails(
            d.kind(),
            d.title(),
            d.descriptionHtml(),
            d.catalogueItemId(),
            d.startsAt(),
            d.endsAt(),
            d.bookingDeadline(),
            d.online(),
            d.venueName(),
            d.venueAddress(),
            d.joiningUrl(),
            d.capacity(),
            "Someone else",
            d.organiserEmail(),
            d.audienceRoles(),
            d.audiencePcnIds()),
        Instant.parse("2026-12-02T00:00:00Z"));
    assertEquals(0, event.getSequence());
    assertNotEquals(ahead, Calendars.requestInputs(event, ann));
  }
}
