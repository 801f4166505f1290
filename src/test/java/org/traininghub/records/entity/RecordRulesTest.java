package org.traininghub.records.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.traininghub.platform.validation.Problem;

class RecordRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  static List<String> fields(List<Problem> problems) {
    return problems.stream().map(Problem::field).toList();
  }

  @Test
  void aCompletionTodayWithSensibleHoursIsFine() {
    assertEquals(
        List.of(),
        RecordRules.completion(Stage.COMPLETED, TODAY, new BigDecimal("5"), null, TODAY));
  }

  @Test
  void aFutureDateIsRefusedWithHowToFixIt() {
    List<Problem> problems =
        RecordRules.completion(Stage.COMPLETED, TODAY.plusDays(1), null, null, TODAY);
    assertEquals(List.of("completedOn"), fields(problems));
    assertTrue(problems.get(0).message().contains("today or earlier"));
  }

  @Test
  void negativeAndAbsurdHoursAreRefused() {
    assertEquals(
        List.of("hours"),
        fields(RecordRules.completion(Stage.COMPLETED, TODAY, new BigDecimal("-1"), null, TODAY)));
    assertEquals(
        List.of("hours"),
        fields(
            RecordRules.completion(Stage.COMPLETED, TODAY, new BigDecimal("10000"), null, TODAY)));
    assertEquals(
        List.of("hours"),
        fields(
            RecordRules.completion(Stage.COMPLETED, TODAY, new BigDecimal("1.25"), null, TODAY)));
  }

  @Test
  void aValidUntilDateMustComeAfterTheEntry() {
    assertEquals(
        List.of("validUntil"),
        fields(RecordRules.completion(Stage.COMPLETED, TODAY, null, TODAY, TODAY)));
  }

  @Test
  void aMissingDateAndStageAreNamed() {
    assertEquals(
        List.of("stage", "completedOn"),
        fields(RecordRules.completion(null, null, null, null, TODAY)));
  }

  @Test
  void aSupervisionSessionNeedsEveryFieldWithinBounds() {
    assertEquals(
        List.of("heldOn", "kind", "supervisor", "minutes"),
        fields(RecordRules.supervision(TODAY.plusDays(1), null, " ", 0, TODAY)));
    assertEquals(
        List.of("minutes"),
        fields(RecordRules.supervision(TODAY, SupervisionKind.GROUP, "Morgan", 481, TODAY)));
    assertEquals(
        List.of(),
        fields(RecordRules.supervision(TODAY, SupervisionKind.GROUP, "Morgan", 60, TODAY)));
  }

  @Test
  void practiceHoursArePositiveAndAtMostADaysWork() {
    assertEquals(
        List.of("practiceHours"), fields(RecordRules.practice(TODAY, BigDecimal.ZERO, TODAY)));
    assertEquals(
        List.of("practiceHours"), fields(RecordRules.practice(TODAY, new BigDecimal("13"), TODAY)));
    assertEquals(List.of(), fields(RecordRules.practice(TODAY, new BigDecimal("3.5"), TODAY)));
  }
}
