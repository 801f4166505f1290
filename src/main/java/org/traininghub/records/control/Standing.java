package org.traininghub.records.control;

import java.time.LocalDate;

/**
 * A coach's standing on one requirement: its status, whether it meets the condition of
 * reimbursement (A1: enrolment already does), a sentence saying why, and when it is next due.
 */
public record Standing(
    String code, Status status, boolean meetsCondition, String detail, LocalDate dueOn) {}
