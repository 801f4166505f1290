package org.traininghub.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.traininghub.newsletter.entity.Topic;

class WeeklyDigestsTest {

  @Test
  void theWeekIsTheLondonMondaysNotUtcs() {
    // Monday 00:30 in London in summer is still Sunday 23:30 in UTC.
    assertEquals(
        LocalDate.of(2026, 7, 6), WeeklyDigests.weekOf(Instant.parse("2026-07-05T23:30:00Z")));
    assertEquals(
        LocalDate.of(2026, 6, 29), WeeklyDigests.weekOf(Instant.parse("2026-07-05T22:59:00Z")));
    // In winter London is UTC; a Wednesday belongs to its Monday.
    assertEquals(
        LocalDate.of(2026, 11, 30), WeeklyDigests.weekOf(Instant.parse("2026-12-02T11:00:00Z")));
    assertEquals(
        LocalDate.of(2026, 11, 30), WeeklyDigests.weekOf(Instant.parse("2026-11-30T00:00:00Z")));
  }

  @Test
  void theSubjectNamesTheTopicAndTheWeek() {
    assertEquals(
        "Weekly digest: HWBC training, week of 30 November 2026",
        WeeklyDigests.subject(Topic.HWBC_TRAINING, LocalDate.of(2026, 11, 30)));
  }
}
