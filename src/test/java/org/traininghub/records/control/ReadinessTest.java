package org.traininghub.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.traininghub.records.control.CoachRecord.Entry;
import org.traininghub.records.control.CoachRecord.Session;
import org.traininghub.records.control.CoachRecord.Signature;
import org.traininghub.records.control.Readiness.Condition;
import org.traininghub.records.control.Readiness.EntryFact;
import org.traininghub.records.control.Readiness.Facts;
import org.traininghub.records.control.Readiness.Proof;
import org.traininghub.records.control.Readiness.SessionFact;
import org.traininghub.records.entity.ProfileFact;
import org.traininghub.records.entity.RequirementKind;
import org.traininghub.records.entity.Stage;
import org.traininghub.records.entity.SupervisionKind;

class ReadinessTest {

  static final LocalDate TODAY = PathwayRulesTest.TODAY;

  static final Rule A1 = PathwayRulesTest.A1;
  static final Rule A2 = PathwayRulesTest.A2;
  static final Rule A3 = PathwayRulesTest.A3;
  static final Rule A4 = PathwayRulesTest.A4;
  static final Rule P1 = PathwayRulesTest.P1;
  static final Rule M1 = PathwayRulesTest.M1;

  static final List<Rule> PATHWAY = List.of(A1, A2, A3, A4, P1, M1);

  static final Map<String, String> TITLES =
      Map.of(
          "A1", "Accredited training",
          "A2", "Code of ethics",
          "A3", "Coaching supervision",
          "A4", "Link workers",
          "P1", "First contact and GP supervisor",
          "M1", "Core Skills");

  static CoachRecord coach(
      List<Entry> entries, List<Session> sessions, List<Signature> signatures, boolean named) {
    return new CoachRecord(
        TODAY.minusMonths(2),
        null,
        named,
        named,
        named,
        BigDecimal.ZERO,
        entries,
        sessions,
        signatures,
        Set.of());
  }

  static final Facts NOTHING = new Facts(List.of(), List.of(), null, null, null);

  @Test
  void onlyTheConditionsOfReimbursementAreAssessedInThePathwaysOrder() {
    List<Condition> conditions =
        Readiness.assess(
            PATHWAY, TITLES, coach(List.of(), List.of(), List.of(), false), NOTHING, TODAY);
    assertEquals(
        List.of("A1", "A2", "A3", "A4", "P1"), conditions.stream().map(Condition::code).toList());
    assertEquals("Accredited training", conditions.get(0).title());
    assertFalse(Readiness.ready(conditions));
  }

  @Test
  void aRetiredConditionIsLeftOut() {
    Rule retired =
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
            true);
    List<Condition> conditions =
        Readiness.assess(
            List.of(A1, retired),
            TITLES,
            coach(List.of(), List.of(), List.of(), true),
            NOTHING,
            TODAY);
    assertEquals(List.of("A1"), conditions.stream().map(Condition::code).toList());
  }

  @Test
  void enrolmentMeetsTheTrainingConditionAndNamesTheCourseAsEvidence() {
    Entry enrolled =
        new Entry(10, 1, Stage.ENROLLED, TODAY.minusDays(20), null, null, false, false);
    Facts facts =
        new Facts(
            List.of(
                new EntryFact(10, 1, Stage.ENROLLED, TODAY.minusDays(20), "Demo course", false)),
            List.of(),
            null,
            null,
            null);
    Condition a1 =
        Readiness.assess(
                PATHWAY,
                TITLES,
                coach(List.of(enrolled), List.of(), List.of(), false),
                facts,
                TODAY)
            .get(0);
    assertTrue(a1.met());
    assertEquals(
        List.of(new Proof("Enrolled on 23 February 2026: Demo course", null)), a1.proofs());
  }

  @Test
  void aCorrectedOrRejectedEntryIsNotEvidenceAndACertificateIsLinked() {
    Entry old = new Entry(10, 1, Stage.COMPLETED, TODAY.minusDays(30), null, null, true, false);
    Entry correction =
        new Entry(11, 1, Stage.COMPLETED, TODAY.minusDays(29), null, 10L, true, false);
    Entry rejected = new Entry(12, 1, Stage.COMPLETED, TODAY.minusDays(5), null, null, false, true);
    Facts facts =
        new Facts(
            List.of(
                new EntryFact(10, 1, Stage.COMPLETED, TODAY.minusDays(30), "Course", true),
                new EntryFact(11, 1, Stage.COMPLETED, TODAY.minusDays(29), "Course", true),
                new EntryFact(12, 1, Stage.COMPLETED, TODAY.minusDays(5), "Course", true)),
            List.of(),
            null,
            null,
            null);
    Condition a1 =
        Readiness.assess(
                PATHWAY,
                TITLES,
                coach(List.of(old, correction, rejected), List.of(), List.of(), false),
                facts,
                TODAY)
            .get(0);
    assertEquals(
        List.of(new Proof("Completed on 14 February 2026: Course, verified", 11L)), a1.proofs());
  }

  @Test
  void supervisionEvidenceIsTheLastIntervalsSessionsNewestFirst() {
    List<SessionFact> sessions =
        List.of(
            new SessionFact(TODAY.minusDays(40), SupervisionKind.INDIVIDUAL, "Old", 60),
            new SessionFact(TODAY.minusDays(10), SupervisionKind.GROUP, "Morgan", 90),
            new SessionFact(TODAY.minusDays(3), SupervisionKind.MENTORING, "Jo", 45));
    CoachRecord record =
        coach(
            List.of(),
            sessions.stream().map(s -> new Session(s.on(), s.kind())).toList(),
            List.of(),
            false);
    Condition a3 =
        Readiness.assess(
                PATHWAY, TITLES, record, new Facts(List.of(), sessions, null, null, null), TODAY)
            .get(2);
    assertTrue(a3.met());
    assertEquals(
        List.of(
            "12 March 2026: Mentoring with Jo, 45 minutes",
            "5 March 2026: Group supervision with Morgan, 90 minutes"),
        a3.proofs().stream().map(Proof::text).toList());
  }

  @Test
  void overdueSupervisionShowsTheLastFormalSessionBeforeTheInterval() {
    SessionFact old = new SessionFact(TODAY.minusDays(50), SupervisionKind.INDIVIDUAL, "Alex", 60);
    CoachRecord record =
        coach(List.of(), List.of(new Session(old.on(), old.kind())), List.of(), false);
    Condition a3 =
        Readiness.assess(
                PATHWAY,
                TITLES,
                record,
                new Facts(List.of(), List.of(old), null, null, null),
                TODAY)
            .get(2);
    assertFalse(a3.met());
    assertEquals("Overdue", a3.status());
    assertEquals(
        List.of(
            "Last formal session: 24 January 2026: Individual supervision with Alex, 60 minutes"),
        a3.proofs().stream().map(Proof::text).toList());
  }

  @Test
  void aPartTimeCoachsIntervalIsTheirOwnWeeks() {
    CoachRecord partTime =
        new CoachRecord(
            TODAY.minusMonths(6),
            6,
            false,
            false,
            false,
            BigDecimal.ZERO,
            List.of(),
            List.of(),
            List.of(),
            Set.of());
    assertEquals(TODAY.minusWeeks(6), Readiness.intervalStart(A3, partTime, TODAY));
    assertEquals(
        TODAY.minusMonths(1),
        Readiness.intervalStart(A3, coach(List.of(), List.of(), List.of(), false), TODAY));
  }

  @Test
  void theNamesOnTheProfileAndTheSignatureAreTheEvidenceAndAllMetIsReady() {
    Entry enrolled =
        new Entry(10, 1, Stage.ENROLLED, TODAY.minusDays(20), null, null, false, false);
    SessionFact session =
        new SessionFact(TODAY.minusDays(7), SupervisionKind.INDIVIDUAL, "Morgan", 60);
    CoachRecord record =
        coach(
            List.of(enrolled),
            List.of(new Session(session.on(), session.kind())),
            List.of(new Signature(2, "2024", TODAY.minusDays(1))),
            true);
    Facts facts =
        new Facts(
            List.of(new EntryFact(10, 1, Stage.ENROLLED, TODAY.minusDays(20), null, false)),
            List.of(session),
            "Sam (SPLW)",
            "Dr Lee",
            "Dr Shah");
    List<Condition> conditions = Readiness.assess(PATHWAY, TITLES, record, facts, TODAY);
    assertTrue(Readiness.ready(conditions), conditions.toString());
    assertEquals(
        List.of("Version 2024 signed on 14 March 2026"),
        conditions.get(1).proofs().stream().map(Proof::text).toList());
    assertEquals(
        List.of("Social Prescribing Link Worker(s): Sam (SPLW)"),
        conditions.get(3).proofs().stream().map(Proof::text).toList());
    assertEquals(
        List.of("First point of contact: Dr Lee", "GP supervisor: Dr Shah"),
        conditions.get(4).proofs().stream().map(Proof::text).toList());
    assertNull(conditions.get(4).proofs().get(0).evidenceOf());
  }

  @Test
  void aPathwayWithoutConditionsIsNeverReady() {
    assertFalse(Readiness.ready(List.of()));
  }
}
