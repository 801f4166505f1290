package org.traininghub.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.traininghub.events.entity.EventDetails;
import org.traininghub.platform.validation.Problem;

class EventFormTest {

  private final List<Problem> problems = new ArrayList<>();

  private static EventForm good() {
    EventForm form = new EventForm();
    form.setTitle("Induction");
    form.setDescriptionHtml("<p><strong>Welcome</strong></p>");
    form.setDate("2027-03-28");
    form.setStartTime("10:00");
    form.setEndTime("12:00");
    form.setPlace(EventForm.ONLINE);
    form.setJoiningUrl("https://meet.example/x");
    form.setCapacity("20");
    form.setOrganiserName("Hub team");
    form.setOrganiserEmail("hub@nhs.net");
    return form;
  }

  private String fields() {
    return problems.stream().map(Problem::field).collect(Collectors.joining(","));
  }

  @Test
  void aGoodFormGivesLondonTimesAndTheSanitisedDescription() {
    EventDetails d = good().details(problems);
    assertTrue(problems.isEmpty(), problems::toString);
    assertEquals(Instant.parse("2027-03-28T09:00:00Z"), d.startsAt());
    assertEquals(d.startsAt(), d.bookingDeadline(), "booking closes at the start by default");
    assertEquals("<p><strong>Welcome</strong></p>", d.descriptionHtml());
  }

  @Test
  void everyProblemIsNamedByItsFormField() {
    EventForm form = good();
    form.setDescriptionHtml("<p>x</p><script>alert(1)</script>");
    form.setStartTime("01:30");
    form.setEndTime("00:30");
    form.setJoiningUrl("http://meet.example/x");
    form.setCapacity("lots");
    assertNull(form.details(problems));
    assertEquals("capacity,descriptionHtml,startTime,joiningUrl", fields());
    assertEquals("<p>x</p>", form.getDescriptionHtml(), "the editor never gets the script back");
  }

  @Test
  void anEndBeforeTheStartIsNamedAtTheEnd() {
    EventForm form = good();
    form.setEndTime("09:00");
    assertNull(form.details(problems));
    assertEquals("endTime", fields());
  }

  @Test
  void anotherDateOfASeriesKeepsTheDeadlinesDistanceInDays() {
    EventForm form = good();
    form.setDeadlineDate("2027-03-27");
    form.setDeadlineTime("17:00");
    EventDetails later = form.details(LocalDate.of(2027, 4, 28), problems);
    assertEquals(Instant.parse("2027-04-28T09:00:00Z"), later.startsAt());
    assertEquals(Instant.parse("2027-04-27T16:00:00Z"), later.bookingDeadline());
  }

  @Test
  void aDeadlineWithoutItsTimeIsNamed() {
    EventForm form = good();
    form.setDeadlineDate("2027-03-27");
    assertNull(form.details(problems));
    assertEquals("deadlineDate", fields());
  }
}
