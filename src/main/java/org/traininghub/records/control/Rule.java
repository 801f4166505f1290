package org.traininghub.records.control;

import java.util.Set;
import org.traininghub.records.entity.ProfileFact;
import org.traininghub.records.entity.Requirement;
import org.traininghub.records.entity.RequirementKind;

/** A requirement as the rules read it: plain values, so that tests can write one in a line. */
public record Rule(
    long id,
    String code,
    RequirementKind kind,
    boolean mandatory,
    boolean reimbursementCondition,
    boolean enrolmentCounts,
    String acknowledgementVersion,
    Integer intervalMonths,
    ProfileFact profileFact,
    Integer dueWithinMonths,
    Integer validForMonths,
    Set<Long> itemIds,
    boolean retired) {

  public static Rule of(Requirement r) {
    return new Rule(
        r.getId(),
        r.getCode(),
        r.getKind(),
        r.isMandatory(),
        r.isReimbursementCondition(),
        r.isEnrolmentCounts(),
        r.getAcknowledgementVersion(),
        r.getIntervalMonths(),
        r.getProfileFact(),
        r.getDueWithinMonths(),
        r.getValidForMonths(),
        r.getItemIds(),
        r.isRetired());
  }
}
