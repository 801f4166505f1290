package org.traininghub.records.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.traininghub.records.entity.ReminderKind;
import org.traininghub.records.entity.RequirementKind;

/**
 * Which reminder emails a coach is due today: pure, so that the periods are unit tests. Each
 * reminder names the period it is about, and is sent at most once for it (the job claims it in the
 * database):
 *
 * <ul>
 *   <li>{@link ReminderKind#SUPERVISION}: a recurring requirement {@link PathwayRules} says is
 *       overdue; the period is the date the missed session was due by, so logging a session and
 *       missing the next one is a new period, and a coach who stays overdue is reminded once for
 *       it.
 *   <li>{@link ReminderKind#MANDATORY}: a mandatory requirement (other than a recurring one) still
 *       not done {@code months} after the coach's start date; the period is that date, so it is
 *       sent once. Done means verified or met, or completed and awaiting verification (the coach
 *       has done their part); enrolled, in progress, overdue, expired and not started are reminded.
 * </ul>
 */
public final class ReminderRules {

  private ReminderRules() {}

  /** One reminder due: for requirement {@code requirementId}, about the period {@code period}. */
  public record Due(
      long requirementId, String code, ReminderKind kind, LocalDate period, String detail) {}

  /**
   * The reminders {@code coach} is due {@code today} on {@code rules}, in the pathway's order;
   * {@code months} after the start date the mandatory ones (none when {@code months} is 0 or less).
   */
  public static List<Due> due(List<Rule> rules, CoachRecord coach, LocalDate today, int months) {
    List<Due> due = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.retired()) {
        continue;
      }
      Standing standing = PathwayRules.standing(rule, coach, today);
      if (rule.kind() == RequirementKind.RECURRING) {
        if (standing.status() == Status.OVERDUE && standing.dueOn() != null) {
          due.add(
              new Due(
                  rule.id(),
                  rule.code(),
                  ReminderKind.SUPERVISION,
                  standing.dueOn(),
                  standing.detail()));
        }
      } else if (rule.mandatory() && months > 0 && coach.startedOn() != null) {
        LocalDate after = coach.startedOn().plusMonths(months);
        if (!today.isBefore(after) && !doneForReminders(standing.status())) {
          due.add(
              new Due(rule.id(), rule.code(), ReminderKind.MANDATORY, after, standing.detail()));
        }
      }
    }
    return due;
  }

  private static boolean doneForReminders(Status status) {
    return status.done() || status == Status.COMPLETED;
  }
}
