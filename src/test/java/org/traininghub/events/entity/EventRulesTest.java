package org.traininghub.events.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

class EventRulesTest {

  private static final Instant START = Instant.parse("2027-03-28T09:00:00Z");

  static EventDetails inPerson() {
    return new EventDetails(
        EventKind.INDUCTION,
        "New to primary care induction",
        "<p>Welcome</p>",
        null,
        START,
        START.plus(Duration.ofHours(3)),
        START.minus(Duration.ofDays(2)),
        false,
        "Hub training room",
        "1 High Street, Exampletown",
        null,
        20,
        "Hub team",
        "hub@example.nhs.uk",
        Set.of(Role.COACH),
        Set.of());
  }

  private static EventDetails online(String url) {
    EventDetails d = inPerson();
    return new EventDetails(
        EventKind.WEBINAR,
        d.title(),
        d.descriptionHtml(),
        null,
        d.startsAt(),
        d.endsAt(),
        d.bookingDeadline(),
        true,
        null,
        null,
        url,
        d.capacity(),
        d.organiserName(),
        d.organiserEmail(),
        d.audienceRoles(),
        d.audiencePcnIds());
  }

  private static List<String> fields(List<Problem> problems) {
    return problems.stream().map(Problem::field).toList();
  }

  @Test
  void aWellFormedEventHasNoProblem() {
    assertEquals(List.of(), EventRules.check(inPerson(), 0));
    assertEquals(List.of(), EventRules.check(online("https://meet.example.org/x"), 0));
  }

  @Test
  void theEndMustFollowTheStartAndTheDeadlineMustNotFollowIt() {
    EventDetails d = inPerson();
    EventDetails backwards =
        new EventDetails(
            d.kind(),
            d.title(),
            d.descriptionHtml(),
            null,
            d.startsAt(),
            d.startsAt(),
            d.startsAt().plusSeconds(60),
            false,
            d.venueName(),
            d.venueAddress(),
            null,
            d.capacity(),
            d.organiserName(),
            d.organiserEmail(),
            d.audienceRoles(),
            Set.of());
    assertEquals(List.of("endsAt", "bookingDeadline"), fields(EventRules.check(backwards, 0)));
  }

  @Test
  void anOnlineEventNeedsAnHttpsJoiningLink() {
    assertEquals(List.of("joiningUrl"), fields(EventRules.check(online("http://x.org/a"), 0)));
    assertEquals(List.of("joiningUrl"), fields(EventRules.check(online("javascript:alert(1)"), 0)));
    assertEquals(List.of("joiningUrl"), fields(EventRules.check(online(" "), 0)));
  }

  @Test
  void capacityCannotGoBelowTheSeatsTaken() {
    assertEquals(List.of(), EventRules.check(inPerson(), 20));
    List<Problem> problems = EventRules.check(inPerson(), 21);
    assertEquals(List.of("capacity"), fields(problems));
    assertTrue(problems.get(0).message().contains("21 seats are already booked"));
  }

  @Test
  void anEventChangedInTimeGoesUpInSequenceButNotForAnOrganiserChange() {
    Event e = new Event(inPerson(), null, false, START.minus(Duration.ofDays(30)));
    EventDetails d = inPerson();
    EventDetails newOrganiser =
        new EventDetails(
            d.kind(),
            d.title(),
            d.descriptionHtml(),
            null,
            d.startsAt(),
            d.endsAt(),
            d.bookingDeadline(),
            false,
            d.venueName(),
            d.venueAddress(),
            null,
            d.capacity(),
            "Someone else",
            d.organiserEmail(),
            d.audienceRoles(),
            Set.of());
    assertFalse(e.revise(newOrganiser, START.minus(Duration.ofDays(29))));
    assertEquals(0, e.getSequence());
    EventDetails later =
        new EventDetails(
            d.kind(),
            d.title(),
            d.descriptionHtml(),
            null,
            d.startsAt().plusSeconds(3600),
            d.endsAt().plusSeconds(3600),
            d.bookingDeadline(),
            false,
            d.venueName(),
            d.venueAddress(),
            null,
            d.capacity(),
            d.organiserName(),
            d.organiserEmail(),
            d.audienceRoles(),
            Set.of());
    assertTrue(e.revise(later, START.minus(Duration.ofDays(28))));
    assertEquals(1, e.getSequence());
    e.cancel("Room unavailable", START.minus(Duration.ofDays(27)));
    assertEquals(2, e.getSequence());
    assertThrows(InvalidInputException.class, () -> e.revise(d, START.minus(Duration.ofDays(26))));
  }

  @Test
  void onlyTheAudienceAndOnlyBeforeTheDeadlineMayBook() {
    Event e = new Event(inPerson(), null, false, START.minus(Duration.ofDays(30)));
    Instant before = START.minus(Duration.ofDays(5));
    assertFalse(e.bookableAt(before), "a draft is not bookable");
    e.publish(before);
    assertTrue(e.bookableAt(before));
    assertFalse(e.bookableAt(START.minus(Duration.ofDays(1))), "after the deadline");
    assertTrue(e.isFor(Role.COACH, 7L));
    assertFalse(e.isFor(Role.PCN_LEAD, 7L));
  }
}
