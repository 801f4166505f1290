package org.traininghub.records.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.records.control.OthersWording;
import org.traininghub.records.control.Readiness;

/**
 * A coach's reimbursement readiness today, as the readiness pages show it; {@code pathwayName} is
 * the name of the pathway of the coach's job role.
 */
public record ReadinessView(
    long coachId,
    String coachName,
    String pcnName,
    String pathwayName,
    LocalDate today,
    List<Readiness.Condition> conditions)
    implements Serializable {

  /** Whether every condition of reimbursement is met today. */
  public boolean ready() {
    return Readiness.ready(conditions);
  }

  /** The view for a hub admin or PCN lead: the rules' sentences say "the coach", not "you". */
  public ReadinessView toldToOthers() {
    return new ReadinessView(
        coachId, coachName, pcnName, pathwayName, today, OthersWording.of(conditions));
  }

  public long metCount() {
    return conditions.stream().filter(Readiness.Condition::met).count();
  }

  public String todayText() {
    return BritishDates.format(today);
  }
}
