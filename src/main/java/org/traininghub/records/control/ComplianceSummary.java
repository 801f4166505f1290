package org.traininghub.records.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.traininghub.records.control.CoachRecord.Session;
import org.traininghub.records.entity.RequirementKind;

/**
 * What the compliance report's filters ask of a coach (is a requirement overdue? is a condition of
 * reimbursement not met?), as dates, so that a row kept in the database answers for any day until
 * the record changes: from {@link #overdueFrom} on the coach is overdue, from {@link #unmetFrom} on
 * a condition is not met, and on {@link #recheckOn} (if ever) the answers stop following these two
 * dates and must be worked out again.
 *
 * <p>The rules compare the day with a few dates of the record only (a requirement due some months
 * after the start date, a completion's valid-until date, the next supervision's due date), so the
 * answers can change only the day after one of them: {@link #of} evaluates {@link PathwayRules} on
 * today and on each of those days, so it never says other than the rules.
 *
 * @param overdueFrom the first day the coach has a requirement overdue; null if not before {@code
 *     recheckOn}
 * @param unmetFrom the first day a condition of reimbursement is not met; null likewise
 * @param recheckOn the first day the two dates above no longer tell; null for never
 */
public record ComplianceSummary(LocalDate overdueFrom, LocalDate unmetFrom, LocalDate recheckOn) {

  /** Whether a requirement is overdue on {@code day} (a day before {@link #recheckOn}). */
  public boolean overdueOn(LocalDate day) {
    return overdueFrom != null && !day.isBefore(overdueFrom);
  }

  /** Whether a condition of reimbursement is not met on {@code day} (before {@link #recheckOn}). */
  public boolean unmetOn(LocalDate day) {
    return unmetFrom != null && !day.isBefore(unmetFrom);
  }

  /** The summary of {@code coach}'s record under {@code rules}, from {@code today} on. */
  public static ComplianceSummary of(List<Rule> rules, CoachRecord coach, LocalDate today) {
    LocalDate overdueFrom = null;
    LocalDate unmetFrom = null;
    for (LocalDate day : changeDays(rules, coach, today)) {
      ComplianceRow row = ComplianceTable.row(0, "", null, rules, coach, day);
      boolean overdue = row.overdue();
      boolean unmet = !row.meetsConditions();
      if (overdueFrom != null && !overdue || unmetFrom != null && !unmet) {
        return new ComplianceSummary(overdueFrom, unmetFrom, day);
      }
      overdueFrom = overdue && overdueFrom == null ? day : overdueFrom;
      unmetFrom = unmet && unmetFrom == null ? day : unmetFrom;
    }
    return new ComplianceSummary(overdueFrom, unmetFrom, null);
  }

  /**
   * Today and every later day on which a rule's answer may change: the day after each date the
   * rules compare today with.
   */
  static TreeSet<LocalDate> changeDays(List<Rule> rules, CoachRecord coach, LocalDate today) {
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(today);
    Map<Long, Rule> byId = rules.stream().collect(Collectors.toMap(Rule::id, Function.identity()));
    for (Rule rule : rules) {
      if (rule.retired()) {
        continue;
      }
      if (rule.mandatory() && rule.dueWithinMonths() != null && coach.startedOn() != null) {
        days.add(coach.startedOn().plusMonths(rule.dueWithinMonths()).plusDays(1));
      }
      if (rule.kind() == RequirementKind.RECURRING) {
        Optional<LocalDate> last =
            coach.sessions().stream()
                .filter(s -> s.kind().formal())
                .map(Session::on)
                .max(LocalDate::compareTo);
        LocalDate from = last.orElse(coach.startedOn());
        if (from != null) {
          days.add(PathwayRules.next(rule, coach, from).plusDays(1));
        }
      }
    }
    for (CoachRecord.Entry e : coach.entries()) {
      Rule rule = byId.get(e.requirementId());
      LocalDate until = rule == null ? null : PathwayRules.validUntil(rule, e);
      if (until != null) {
        days.add(until.plusDays(1));
      }
    }
    return new TreeSet<>(days.tailSet(today, true));
  }
}
