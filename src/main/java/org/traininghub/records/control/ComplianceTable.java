package org.traininghub.records.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compliance report's columns and each coach's row, from the pathway's rules and the coach's
 * record: the same {@link PathwayRules} that the coach's own page reads, so the report never says
 * other than the record.
 */
public final class ComplianceTable {

  /** One requirement's column: its code as the header, its title to explain it. */
  public record Column(String code, String title, boolean condition) implements Serializable {}

  /** The headers of the columns before the requirements'. */
  public static final List<String> LEADING = List.of("Coach", "PCN", "Conditions of reimbursement");

  private ComplianceTable() {}

  /** Every header, in order: what the page's table and the exports show. */
  public static List<String> header(List<Column> columns) {
    List<String> header = new ArrayList<>(LEADING);
    columns.forEach(c -> header.add(c.code()));
    return header;
  }

  /** The coach's row: a status per rule not retired, in the rules' order. */
  public static ComplianceRow row(
      long coachId, String name, String pcn, List<Rule> rules, CoachRecord coach, LocalDate today) {
    Map<String, Standing> standings = PathwayRules.evaluate(rules, coach, today);
    boolean meets = true;
    boolean overdue = false;
    List<Status> statuses = new ArrayList<>(standings.size());
    for (Rule rule : rules) {
      Standing s = standings.get(rule.code());
      if (s == null) {
        continue;
      }
      statuses.add(s.status());
      overdue |= s.status() == Status.OVERDUE;
      meets &= !rule.reimbursementCondition() || s.meetsCondition();
    }
    return new ComplianceRow(coachId, name, pcn, meets, overdue, statuses);
  }
}
