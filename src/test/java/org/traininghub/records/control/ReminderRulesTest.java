package org.traininghub.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.traininghub.records.control.PathwayRulesTest.A1;
import static org.traininghub.records.control.PathwayRulesTest.A2;
import static org.traininghub.records.control.PathwayRulesTest.A3;
import static org.traininghub.records.control.PathwayRulesTest.A4;
import static org.traininghub.records.control.PathwayRulesTest.L1;
import static org.traininghub.records.control.PathwayRulesTest.M1;
import static org.traininghub.records.control.PathwayRulesTest.P1;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.traininghub.records.control.PathwayRulesTest.Coach;
import org.traininghub.records.control.ReminderRules.Due;
import org.traininghub.records.entity.ReminderKind;
import org.traininghub.records.entity.RequirementKind;
import org.traininghub.records.entity.Stage;
import org.traininghub.records.entity.SupervisionKind;

class ReminderRulesTest {

  static final List<Rule> PATHWAY = List.of(A1, A2, A3, A4, P1, M1, L1);

  static List<Due> due(Coach coach, LocalDate today, int months) {
    return ReminderRules.due(PATHWAY, coach.record(), today, months);
  }

  static List<Due> of(ReminderKind kind, List<Due> due) {
    return due.stream().filter(d -> d.kind() == kind).toList();
  }

  static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Nested
  class Supervision {

    @Test
    void aMonthFromTheThirtyFirstOfJanuaryIsDueOnTheLastDayOfFebruary() {
      Coach coach =
          new Coach()
              .started(day(2025, 6, 1))
              .session(day(2026, 1, 31), SupervisionKind.INDIVIDUAL);

      assertEquals(List.of(), of(ReminderKind.SUPERVISION, due(coach, day(2026, 2, 28), 0)));
      List<Due> due = of(ReminderKind.SUPERVISION, due(coach, day(2026, 3, 1), 0));
      assertEquals(1, due.size(), due.toString());
      assertEquals(A3.id(), due.get(0).requirementId());
      assertEquals(day(2026, 2, 28), due.get(0).period());
      assertTrue(due.get(0).detail().contains("was due by"), due.get(0).detail());
    }

    @Test
    void aCoachWhoStaysOverdueHasOnePeriodSoOneReminder() {
      Coach coach =
          new Coach().started(day(2025, 6, 1)).session(day(2026, 1, 10), SupervisionKind.GROUP);

      LocalDate first =
          of(ReminderKind.SUPERVISION, due(coach, day(2026, 2, 11), 0)).get(0).period();
      LocalDate later =
          of(ReminderKind.SUPERVISION, due(coach, day(2026, 5, 20), 0)).get(0).period();

      assertEquals(day(2026, 2, 10), first);
      assertEquals(first, later, "the same missed session, the same period");
    }

    @Test
    void aSessionLoggedAndTheNextMissedIsANewPeriod() {
      Coach coach =
          new Coach().started(day(2025, 6, 1)).session(day(2026, 1, 10), SupervisionKind.GROUP);
      LocalDate first =
          of(ReminderKind.SUPERVISION, due(coach, day(2026, 2, 20), 0)).get(0).period();

      coach.session(day(2026, 2, 25), SupervisionKind.INDIVIDUAL);
      assertEquals(List.of(), of(ReminderKind.SUPERVISION, due(coach, day(2026, 3, 25), 0)));
      LocalDate second =
          of(ReminderKind.SUPERVISION, due(coach, day(2026, 3, 26), 0)).get(0).period();

      assertEquals(day(2026, 2, 10), first);
      assertEquals(day(2026, 3, 25), second);
    }

    @Test
    void partTimeFollowsTheCoachsIntervalInWeeks() {
      Coach coach =
          new Coach()
              .started(day(2025, 6, 1))
              .partTime(3)
              .session(day(2026, 2, 1), SupervisionKind.INDIVIDUAL);

      assertEquals(List.of(), of(ReminderKind.SUPERVISION, due(coach, day(2026, 2, 22), 0)));
      assertEquals(
          day(2026, 2, 22),
          of(ReminderKind.SUPERVISION, due(coach, day(2026, 2, 23), 0)).get(0).period());
    }

    @Test
    void beforeAnySessionTheFirstIsDueOneIntervalAfterTheStartDate() {
      Coach coach = new Coach().started(day(2026, 1, 15));

      assertEquals(List.of(), of(ReminderKind.SUPERVISION, due(coach, day(2026, 2, 15), 0)));
      assertEquals(
          day(2026, 2, 15),
          of(ReminderKind.SUPERVISION, due(coach, day(2026, 2, 16), 0)).get(0).period());
    }

    @Test
    void mentoringIsNotSupervision() {
      Coach coach =
          new Coach()
              .started(day(2025, 6, 1))
              .session(day(2026, 1, 10), SupervisionKind.INDIVIDUAL)
              .session(day(2026, 2, 9), SupervisionKind.MENTORING);

      assertEquals(
          day(2026, 2, 10),
          of(ReminderKind.SUPERVISION, due(coach, day(2026, 2, 11), 0)).get(0).period());
    }

    @Test
    void noStartDateAndNoSessionIsNoReminder() {
      assertEquals(List.of(), due(new Coach().started(null), day(2026, 3, 1), 3));
    }
  }

  @Nested
  class Mandatory {

    @Test
    void theMandatoryItemsNotDoneAreDueTheMonthsAfterTheStartDate() {
      Coach coach = new Coach().started(day(2025, 12, 15));

      assertEquals(List.of(), of(ReminderKind.MANDATORY, due(coach, day(2026, 3, 14), 3)));
      List<Due> due = of(ReminderKind.MANDATORY, due(coach, day(2026, 3, 15), 3));

      assertEquals(
          List.of("A1", "A2", "A4", "P1", "M1"), due.stream().map(Due::code).toList(), "not L1");
      assertTrue(due.stream().allMatch(d -> d.period().equals(day(2026, 3, 15))), due.toString());
    }

    @Test
    void theSameDateWhenAskedLaterSoOnce() {
      Coach coach = new Coach().started(day(2025, 12, 15));

      assertEquals(
          day(2026, 3, 15),
          of(ReminderKind.MANDATORY, due(coach, day(2026, 9, 1), 3)).get(0).period());
    }

    @Test
    void monthsFromTheThirtiethOfNovemberEndOnTheLastDayOfFebruary() {
      Coach coach = new Coach().started(day(2025, 11, 30));

      assertEquals(List.of(), of(ReminderKind.MANDATORY, due(coach, day(2026, 2, 27), 3)));
      assertEquals(
          day(2026, 2, 28),
          of(ReminderKind.MANDATORY, due(coach, day(2026, 2, 28), 3)).get(0).period());
    }

    @Test
    void doneOrAwaitingVerificationIsNotReminded() {
      Coach coach = new Coach().started(day(2025, 6, 1));
      coach.add(A1, Stage.COMPLETED, day(2025, 9, 1), null, null, true, false);
      coach.practice = java.math.BigDecimal.TEN;
      coach.signatures.add(new CoachRecord.Signature(A2.id(), "2024", day(2025, 7, 1)));
      coach.linkWorkers = true;
      coach.firstContact = true;
      coach.gp = true;
      coach.entry(M1, Stage.COMPLETED, day(2025, 10, 1));

      assertEquals(List.of(), of(ReminderKind.MANDATORY, due(coach, day(2026, 3, 15), 3)));
    }

    @Test
    void anEnrolmentOrARejectedEntryIsStillReminded() {
      Coach coach = new Coach().started(day(2025, 6, 1));
      coach.entry(A1, Stage.ENROLLED, day(2025, 7, 1));
      coach.add(M1, Stage.COMPLETED, day(2025, 10, 1), null, null, false, true);

      List<String> codes =
          of(ReminderKind.MANDATORY, due(coach, day(2026, 3, 15), 3)).stream()
              .map(Due::code)
              .toList();

      assertTrue(codes.contains("A1") && codes.contains("M1"), codes.toString());
    }

    @Test
    void noSettingNoStartDateOrARetiredRequirementIsNoReminder() {
      Coach coach = new Coach().started(day(2025, 6, 1));
      Rule retired =
          new Rule(
              9,
              "X9",
              RequirementKind.COMPLETION,
              true,
              false,
              false,
              null,
              null,
              null,
              null,
              null,
              Set.of(),
              true);

      assertEquals(List.of(), of(ReminderKind.MANDATORY, due(coach, day(2026, 3, 15), 0)));
      assertEquals(
          List.of(),
          of(ReminderKind.MANDATORY, due(new Coach().started(null), day(2026, 3, 15), 3)));
      assertEquals(
          List.of(), ReminderRules.due(List.of(retired), coach.record(), day(2026, 3, 15), 3));
    }
  }
}
