package org.traininghub.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.traininghub.records.control.PathwayRulesTest.A1;
import static org.traininghub.records.control.PathwayRulesTest.A2;
import static org.traininghub.records.control.PathwayRulesTest.A3;
import static org.traininghub.records.control.PathwayRulesTest.A4;
import static org.traininghub.records.control.PathwayRulesTest.L1;
import static org.traininghub.records.control.PathwayRulesTest.M1;
import static org.traininghub.records.control.PathwayRulesTest.P1;
import static org.traininghub.records.control.PathwayRulesTest.TODAY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.traininghub.records.entity.RequirementKind;
import org.traininghub.records.entity.Stage;
import org.traininghub.records.entity.SupervisionKind;

class ComplianceSummaryTest {

  /** A1 renewed every 12 months: a verified entry can expire while a later one awaits checking. */
  private static final Rule A1_RENEWED =
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
          12,
          Set.of(),
          false);

  private static final List<Rule> RULES = List.of(A1, A2, A3, A4, P1, M1, L1);

  @Test
  void aSessionDueLaterMakesTheCoachOverdueAndUnmetTheDayAfter() {
    PathwayRulesTest.Coach coach = new PathwayRulesTest.Coach().started(TODAY.minusMonths(2));
    coach.entry(A1, Stage.ENROLLED, TODAY.minusDays(30));
    coach.entry(M1, Stage.COMPLETED, TODAY.minusDays(20));
    coach.linkWorkers = true;
    coach.firstContact = true;
    coach.gp = true;
    coach.signatures.add(new CoachRecord.Signature(A2.id(), "2024", TODAY.minusDays(9)));
    coach.session(TODAY.minusDays(3), SupervisionKind.INDIVIDUAL);
    ComplianceSummary summary =
        ComplianceSummary.of(List.of(A1, A2, A3, A4, P1, M1), coach.record(), TODAY);
    LocalDate lapse = TODAY.minusDays(3).plusMonths(1).plusDays(1);
    assertEquals(new ComplianceSummary(lapse, lapse, null), summary);
  }

  @Test
  void aVerifiedEntryExpiringWhileALaterOneAwaitsAsksForARecheck() {
    PathwayRulesTest.Coach coach = new PathwayRulesTest.Coach().started(TODAY.minusYears(3));
    coach.add(A1_RENEWED, Stage.COMPLETED, TODAY.minusMonths(11), null, null, true, false);
    coach.add(A1_RENEWED, Stage.COMPLETED, TODAY.minusDays(2), null, null, false, false);
    ComplianceSummary summary = ComplianceSummary.of(List.of(A1_RENEWED), coach.record(), TODAY);
    assertEquals(TODAY, summary.overdueFrom(), "qualified but no practice hours: late");
    assertEquals(TODAY.minusMonths(11).plusMonths(12).plusDays(1), summary.recheckOn());
    assertNull(summary.unmetFrom(), "enrolment counts either way");
  }

  /** The summary says what the rules say, every day until it asks to be worked out again. */
  @Test
  void agreesWithTheRulesOnEveryDayOfManyRecords() {
    Random random = new Random(10);
    List<Rule> rules = List.of(A1_RENEWED, A2, A3, A4, P1, M1, L1);
    for (int n = 0; n < 300; n++) {
      PathwayRulesTest.Coach coach =
          new PathwayRulesTest.Coach()
              .started(random.nextInt(5) == 0 ? null : TODAY.minusDays(random.nextInt(900)));
      if (random.nextBoolean()) {
        coach.partTime(4 + random.nextInt(10));
      }
      coach.linkWorkers = random.nextBoolean();
      coach.firstContact = random.nextBoolean();
      coach.gp = random.nextBoolean();
      coach.practice = random.nextBoolean() ? BigDecimal.ONE : BigDecimal.ZERO;
      for (int e = random.nextInt(6); e > 0; e--) {
        Rule rule = List.of(A1_RENEWED, M1, L1).get(random.nextInt(3));
        Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
        LocalDate on = TODAY.minusDays(random.nextInt(500));
        LocalDate until = random.nextInt(4) == 0 ? on.plusDays(random.nextInt(400)) : null;
        coach.add(rule, stage, on, until, null, random.nextBoolean(), random.nextInt(6) == 0);
      }
      for (int s = random.nextInt(3); s > 0; s--) {
        coach.session(
            TODAY.minusDays(random.nextInt(120)),
            SupervisionKind.values()[random.nextInt(SupervisionKind.values().length)]);
      }
      CoachRecord record = coach.record();
      ComplianceSummary summary = ComplianceSummary.of(rules, record, TODAY);
      LocalDate end = summary.recheckOn() == null ? TODAY.plusYears(3) : summary.recheckOn();
      for (LocalDate day = TODAY; day.isBefore(end); day = day.plusDays(1)) {
        ComplianceRow row = ComplianceTable.row(0, "", null, rules, record, day);
        assertEquals(row.overdue(), summary.overdueOn(day), "overdue, coach " + n + " on " + day);
        assertEquals(
            !row.meetsConditions(), summary.unmetOn(day), "unmet, coach " + n + " on " + day);
      }
    }
  }
}
