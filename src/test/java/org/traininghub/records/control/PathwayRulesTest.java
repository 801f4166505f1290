package org.traininghub.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.traininghub.records.control.CoachRecord.Entry;
import org.traininghub.records.control.CoachRecord.Session;
import org.traininghub.records.control.CoachRecord.Signature;
import org.traininghub.records.entity.ProfileFact;
import org.traininghub.records.entity.RequirementKind;
import org.traininghub.records.entity.Stage;
import org.traininghub.records.entity.SupervisionKind;

class PathwayRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  static final Rule A1 =
      new Rule(
          1,
          "A1",
          RequirementKind.COMPLETION,
          true,
          true,
          true,
          null,
          null,
          null,
          12,
          null,
          Set.of(),
          false);
  static final Rule A2 =
      new Rule(
          2,
          "A2",
          RequirementKind.ACKNOWLEDGEMENT,
          true,
          true,
          false,
          "2024",
          null,
          null,
          null,
          null,
          Set.of(),
          false);
  static final Rule A3 =
      new Rule(
          3,
          "A3",
          RequirementKind.RECURRING,
          true,
          true,
          false,
          null,
          1,
          null,
          null,
          null,
          Set.of(),
          false);
  static final Rule A4 =
      new Rule(
          4,
          "A4",
          RequirementKind.PROFILE_FACT,
          true,
          true,
          false,
          null,
          null,
          ProfileFact.LINK_WORKERS,
          null,
          null,
          Set.of(),
          false);
  static final Rule P1 =
      new Rule(
          5,
          "P1",
          RequirementKind.PROFILE_FACT,
          true,
          true,
          false,
          null,
          null,
          ProfileFact.FIRST_CONTACT_AND_GP_SUPERVISOR,
          null,
          null,
          Set.of(),
          false);
  static final Rule M1 =
      new Rule(
          6,
          "M1",
          RequirementKind.COMPLETION,
          true,
          false,
          false,
          null,
          null,
          null,
          6,
          null,
          Set.of(60L),
          false);
  static final Rule L1 =
      new Rule(
          7,
          "L1",
          RequirementKind.COMPLETION,
          false,
          false,
          false,
          null,
          null,
          null,
          null,
          null,
          Set.of(70L),
          false);

  /** A coach record built up one fact at a time. */
  static final class Coach {
    LocalDate startedOn = TODAY.minusMonths(2);
    Integer weeks;
    boolean linkWorkers;
    boolean firstContact;
    boolean gp;
    BigDecimal practice = BigDecimal.ZERO;
    final List<Entry> entries = new ArrayList<>();
    final List<Session> sessions = new ArrayList<>();
    final List<Signature> signatures = new ArrayList<>();
    Set<Long> booked = Set.of();
    long nextId = 100;

    Coach started(LocalDate on) {
      startedOn = on;
      return this;
    }

    Coach partTime(int everyWeeks) {
      weeks = everyWeeks;
      return this;
    }

    long entry(Rule rule, Stage stage, LocalDate on) {
      return add(rule, stage, on, null, null, false, false);
    }

    long add(
        Rule rule,
        Stage stage,
        LocalDate on,
        LocalDate until,
        Long supersedes,
        boolean verified,
        boolean rejected) {
      long id = nextId++;
      entries.add(new Entry(id, rule.id(), stage, on, until, supersedes, verified, rejected));
      return id;
    }

    Coach session(LocalDate on, SupervisionKind kind) {
      sessions.add(new Session(on, kind));
      return this;
    }

    CoachRecord record() {
      return new CoachRecord(
          startedOn,
          weeks,
          linkWorkers,
          firstContact,
          gp,
          practice,
          entries,
          sessions,
          signatures,
          booked);
    }

    Standing on(Rule rule) {
      return PathwayRules.standing(rule, record(), TODAY);
    }
  }

  @Nested
  class Completions {

    @Test
    void nothingRecordedIsNotStartedUntilTheMonthsAfterTheStartDatePass() {
      Coach coach = new Coach().started(TODAY.minusMonths(6));
      assertEquals(Status.NOT_STARTED, coach.on(M1).status());
      assertEquals(TODAY, coach.on(M1).dueOn());
      coach.started(TODAY.minusMonths(6).minusDays(1));
      Standing late = coach.on(M1);
      assertEquals(Status.OVERDUE, late.status());
      assertTrue(late.detail().contains("due by"), late.detail());
    }

    @Test
    void withoutAStartDateNothingIsOverdue() {
      Coach coach = new Coach().started(null);
      assertEquals(Status.NOT_STARTED, coach.on(M1).status());
    }

    @Test
    void aRecommendedRequirementIsNeverOverdue() {
      Coach coach = new Coach().started(TODAY.minusYears(3));
      assertEquals(Status.NOT_STARTED, coach.on(L1).status());
    }

    @Test
    void aSelfReportedCompletionAwaitsVerificationAndAVerifiedOneIsDone() {
      Coach coach = new Coach();
      coach.entry(M1, Stage.COMPLETED, TODAY.minusDays(3));
      assertEquals(Status.COMPLETED, coach.on(M1).status());
      assertFalse(coach.on(M1).status().done());
      coach.add(M1, Stage.COMPLETED, TODAY.minusDays(10), null, null, true, false);
      assertEquals(Status.VERIFIED, coach.on(M1).status());
      assertTrue(coach.on(M1).status().done());
    }

    @Test
    void aCompletionAwaitingVerificationIsNotOverdue() {
      Coach coach = new Coach().started(TODAY.minusYears(2));
      coach.entry(M1, Stage.COMPLETED, TODAY.minusDays(3));
      assertEquals(Status.COMPLETED, coach.on(M1).status());
    }

    @Test
    void aRejectedEntryCountsForNothing() {
      Coach coach = new Coach();
      coach.add(M1, Stage.COMPLETED, TODAY.minusDays(3), null, null, false, true);
      assertEquals(Status.NOT_STARTED, coach.on(M1).status());
    }

    @Test
    void aCorrectionSupersedesTheEntryItCorrects() {
      Coach coach = new Coach();
      long wrong = coach.add(M1, Stage.COMPLETED, TODAY.minusDays(3), null, null, true, false);
      coach.add(M1, Stage.IN_PROGRESS, TODAY.minusDays(2), null, wrong, false, false);
      Standing standing = coach.on(M1);
      assertEquals(Status.IN_PROGRESS, standing.status());
      assertEquals(1, PathwayRules.current(coach.entries).size());
    }

    @Test
    void aCompletionPastItsValidUntilDateHasExpired() {
      Coach coach = new Coach();
      coach.add(M1, Stage.COMPLETED, TODAY.minusYears(2), TODAY.minusDays(1), null, true, false);
      Standing standing = coach.on(M1);
      assertEquals(Status.EXPIRED, standing.status());
      assertTrue(standing.detail().contains("14 March 2026"), standing.detail());
    }

    @Test
    void aCompletionIsValidOnItsValidUntilDate() {
      Coach coach = new Coach();
      coach.add(M1, Stage.COMPLETED, TODAY.minusYears(2), TODAY, null, true, false);
      assertEquals(Status.VERIFIED, coach.on(M1).status());
    }

    @Test
    void theRequirementsValidityRunsFromTheCompletionDate() {
      Rule renewed =
          new Rule(
              8,
              "R1",
              RequirementKind.COMPLETION,
              true,
              false,
              false,
              null,
              null,
              null,
              null,
              12,
              Set.of(),
              false);
      Coach coach = new Coach();
      coach.add(renewed, Stage.COMPLETED, LocalDate.of(2025, 3, 14), null, null, true, false);
      assertEquals(Status.EXPIRED, coach.on(renewed).status());
      coach.entries.clear();
      coach.add(renewed, Stage.COMPLETED, LocalDate.of(2025, 3, 15), null, null, true, false);
      assertEquals(Status.VERIFIED, coach.on(renewed).status());
      assertEquals(LocalDate.of(2026, 3, 15), coach.on(renewed).dueOn());
    }

    @Test
    void aRenewalStartedAfterExpiryShowsItsStage() {
      Coach coach = new Coach();
      coach.add(M1, Stage.COMPLETED, TODAY.minusYears(2), TODAY.minusDays(1), null, true, false);
      coach.entry(M1, Stage.ENROLLED, TODAY.minusDays(1));
      assertEquals(Status.ENROLLED, coach.on(M1).status());
    }

    @Test
    void entriesForAnotherRequirementDoNotCount() {
      Coach coach = new Coach();
      coach.entry(L1, Stage.COMPLETED, TODAY.minusDays(3));
      assertEquals(Status.NOT_STARTED, coach.on(M1).status());
    }

    @Test
    void aBookedPlaceOnALinkedItemShowsAsBooked() {
      Coach coach = new Coach();
      coach.booked = Set.of(70L);
      assertEquals(Status.BOOKED, coach.on(L1).status());
      assertEquals(Status.NOT_STARTED, coach.on(M1).status());
    }
  }

  @Nested
  class AccreditedTraining {

    @Test
    void enrolmentAlreadyMeetsTheReimbursementCondition() {
      Coach coach = new Coach();
      coach.entry(A1, Stage.ENROLLED, TODAY.minusDays(20));
      Standing standing = coach.on(A1);
      assertEquals(Status.ENROLLED, standing.status());
      assertTrue(standing.meetsCondition());
      assertFalse(standing.status().done());
    }

    @Test
    void enrolledBeyondTwelveMonthsIsOverdueButStillMeetsTheCondition() {
      Coach coach = new Coach().started(TODAY.minusMonths(13));
      coach.entry(A1, Stage.IN_PROGRESS, TODAY.minusMonths(12));
      Standing standing = coach.on(A1);
      assertEquals(Status.OVERDUE, standing.status());
      assertTrue(standing.meetsCondition());
    }

    @Test
    void qualifiedNeedsTheAssessmentVerifiedAndPracticeHoursDocumented() {
      Coach coach = new Coach();
      coach.add(A1, Stage.COMPLETED, TODAY.minusDays(5), null, null, true, false);
      assertEquals(Status.IN_PROGRESS, coach.on(A1).status());
      assertTrue(coach.on(A1).detail().contains("practice hours"));
      coach.practice = new BigDecimal("12.5");
      Standing qualified = coach.on(A1);
      assertEquals(Status.VERIFIED, qualified.status());
      assertTrue(qualified.detail().startsWith("Qualified on"), qualified.detail());
    }

    @Test
    void notEvenEnrolledDoesNotMeetTheCondition() {
      assertFalse(new Coach().on(A1).meetsCondition());
    }
  }

  @Nested
  class Supervision {

    @Test
    void fullTimeIsDueAMonthAfterTheLastSessionAndOverdueTheDayAfter() {
      Coach coach = new Coach().session(LocalDate.of(2026, 2, 15), SupervisionKind.INDIVIDUAL);
      Standing standing = coach.on(A3);
      assertEquals(Status.MET, standing.status());
      assertEquals(LocalDate.of(2026, 3, 15), standing.dueOn());
      coach.sessions.clear();
      coach.session(LocalDate.of(2026, 2, 14), SupervisionKind.GROUP);
      assertEquals(Status.OVERDUE, coach.on(A3).status());
    }

    @Test
    void aMonthFromTheThirtyFirstEndsWithTheShorterMonth() {
      Coach coach = new Coach().session(LocalDate.of(2026, 1, 31), SupervisionKind.INDIVIDUAL);
      assertEquals(
          LocalDate.of(2026, 2, 28),
          PathwayRules.next(A3, coach.record(), LocalDate.of(2026, 1, 31)));
      assertEquals(
          LocalDate.of(2024, 2, 29),
          PathwayRules.next(A3, coach.record(), LocalDate.of(2024, 1, 31)));
      assertEquals(Status.OVERDUE, coach.on(A3).status());
    }

    @Test
    void partTimeUsesTheCoachsOwnWeeks() {
      Coach coach = new Coach().partTime(8).session(TODAY.minusWeeks(8), SupervisionKind.GROUP);
      assertEquals(Status.MET, coach.on(A3).status());
      assertTrue(coach.on(A3).detail().contains("next by"));
      coach.sessions.clear();
      coach.session(TODAY.minusWeeks(8).minusDays(1), SupervisionKind.GROUP);
      Standing late = coach.on(A3);
      assertEquals(Status.OVERDUE, late.status());
      assertTrue(late.detail().contains("every 8 weeks"), late.detail());
    }

    @Test
    void mentoringAloneDoesNotKeepFormalSupervisionUpToDate() {
      Coach coach =
          new Coach()
              .session(TODAY.minusMonths(2), SupervisionKind.INDIVIDUAL)
              .session(TODAY.minusDays(2), SupervisionKind.MENTORING);
      assertEquals(Status.OVERDUE, coach.on(A3).status());
    }

    @Test
    void aNewCoachHasUntilOneIntervalAfterTheStartDate() {
      Coach coach = new Coach().started(TODAY.minusWeeks(3));
      Standing standing = coach.on(A3);
      assertEquals(Status.NOT_STARTED, standing.status());
      assertEquals(TODAY.minusWeeks(3).plusMonths(1), standing.dueOn());
      coach.started(TODAY.minusMonths(1).minusDays(1));
      assertEquals(Status.OVERDUE, coach.on(A3).status());
    }

    @Test
    void withoutStartDateOrSessionNothingIsDue() {
      Standing standing = new Coach().started(null).on(A3);
      assertEquals(Status.NOT_STARTED, standing.status());
      assertEquals(null, standing.dueOn());
    }

    @Test
    void theLatestSessionCountsWhateverTheOrderTheyWereLogged() {
      Coach coach =
          new Coach()
              .session(TODAY.minusDays(3), SupervisionKind.INDIVIDUAL)
              .session(TODAY.minusMonths(3), SupervisionKind.INDIVIDUAL);
      assertEquals(Status.MET, coach.on(A3).status());
    }
  }

  @Nested
  class AcknowledgementsAndProfile {

    @Test
    void theCurrentVersionSignedIsDone() {
      Coach coach = new Coach();
      coach.signatures.add(new Signature(A2.id(), "2024", TODAY.minusDays(1)));
      assertEquals(Status.MET, coach.on(A2).status());
      assertTrue(coach.on(A2).meetsCondition());
    }

    @Test
    void anOlderVersionSignedHasExpired() {
      Coach coach = new Coach();
      coach.signatures.add(new Signature(A2.id(), "2021", TODAY.minusYears(2)));
      Standing standing = coach.on(A2);
      assertEquals(Status.EXPIRED, standing.status());
      assertTrue(standing.detail().contains("sign version 2024"));
    }

    @Test
    void unsignedIsNotStarted() {
      assertEquals(Status.NOT_STARTED, new Coach().on(A2).status());
    }

    @Test
    void linkWorkersNamedMeetA4() {
      Coach coach = new Coach();
      assertEquals(Status.NOT_STARTED, coach.on(A4).status());
      coach.linkWorkers = true;
      assertEquals(Status.MET, coach.on(A4).status());
    }

    @Test
    void p1NeedsBothNamesAndSaysWhichIsMissing() {
      Coach coach = new Coach();
      coach.firstContact = true;
      Standing standing = coach.on(P1);
      assertEquals(Status.NOT_STARTED, standing.status());
      assertTrue(standing.detail().contains("GP supervisor"), standing.detail());
      coach.gp = true;
      assertEquals(Status.MET, coach.on(P1).status());
    }
  }

  @Test
  void retiredRequirementsLeaveThePathwayButKeepTheOrderOfTheRest() {
    Rule retired =
        new Rule(
            9,
            "X1",
            RequirementKind.COMPLETION,
            true,
            true,
            false,
            null,
            null,
            null,
            null,
            null,
            Set.of(),
            true);
    Map<String, Standing> standings =
        PathwayRules.evaluate(List.of(A1, retired, A2, M1), new Coach().record(), TODAY);
    assertEquals(List.of("A1", "A2", "M1"), List.copyOf(standings.keySet()));
  }
}
