package org.traininghub.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.traininghub.records.control.PathwayRulesTest.A1;
import static org.traininghub.records.control.PathwayRulesTest.A3;
import static org.traininghub.records.control.PathwayRulesTest.L1;
import static org.traininghub.records.control.PathwayRulesTest.M1;
import static org.traininghub.records.control.PathwayRulesTest.TODAY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.traininghub.records.entity.Stage;
import org.traininghub.records.entity.SupervisionKind;

class ComplianceTableTest {

  private static final List<Rule> RULES = List.of(A1, A3, M1, L1);

  @Test
  void enrolmentAndARecentSessionMeetTheConditionsWhileAModuleIsOverdue() {
    PathwayRulesTest.Coach coach = new PathwayRulesTest.Coach().started(TODAY.minusYears(2));
    coach.entry(A1, Stage.ENROLLED, TODAY.minusDays(30));
    coach.session(TODAY.minusDays(3), SupervisionKind.INDIVIDUAL);
    ComplianceRow row = ComplianceTable.row(7, "Ann", "North", RULES, coach.record(), TODAY);
    assertTrue(row.meetsConditions(), "A1 enrolled and A3 met: the conditions");
    assertTrue(row.overdue(), "M1 is overdue");
    assertEquals(
        List.of("Ann", "North", "Met", "Overdue", "Done", "Overdue", "Not started"), row.cells());
  }

  @Test
  void aConditionNotMetIsEnoughAndNothingIsOverdueWithoutAStartDate() {
    PathwayRulesTest.Coach coach = new PathwayRulesTest.Coach().started(null);
    coach.entry(A1, Stage.ENROLLED, TODAY.minusDays(30));
    ComplianceRow row = ComplianceTable.row(8, "Bea", null, RULES, coach.record(), TODAY);
    assertFalse(row.meetsConditions(), "no supervision logged");
    assertFalse(row.overdue());
    assertEquals(
        List.of("Coach", "PCN", "Conditions of reimbursement", "A1"),
        ComplianceTable.header(List.of(new ComplianceTable.Column("A1", "Training", true))));
  }
}
