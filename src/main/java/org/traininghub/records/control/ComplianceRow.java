package org.traininghub.records.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One coach's line of the compliance report: who, their PCN, whether every condition of
 * reimbursement is met today, and their status on each requirement of the pathway, in the columns'
 * order.
 */
public record ComplianceRow(
    long coachId,
    String name,
    String pcn,
    boolean meetsConditions,
    boolean overdue,
    List<Status> statuses)
    implements Serializable {

  public ComplianceRow {
    statuses = List.copyOf(statuses);
  }

  /** What "Conditions of reimbursement" says for the coach. */
  public String conditions() {
    return meetsConditions ? "Met" : "Not met";
  }

  /** The row as text, cell by cell, as the page shows it: what the exports write. */
  public List<String> cells() {
    List<String> cells = new ArrayList<>(List.of(name, pcn == null ? "" : pcn, conditions()));
    statuses.forEach(s -> cells.add(s.label()));
    return cells;
  }
}
