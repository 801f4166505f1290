package org.traininghub.records.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.traininghub.platform.validation.PlainText;
import org.traininghub.platform.validation.Problem;

/**
 * What a valid entry in a training record is: the one place the forms, the facade and the entities
 * ask. Each problem says how to fix it.
 */
public final class RecordRules {

  /** Longer than any accredited course's total; more is a typing slip. */
  public static final BigDecimal MAX_COMPLETION_HOURS = new BigDecimal("200");

  public static final BigDecimal MAX_PRACTICE_HOURS_A_DAY = new BigDecimal("12");

  public static final int MAX_SUPERVISION_MINUTES = 480;

  public static final int SUPERVISOR_MAX = 160;

  /** Before it, a date is a typing slip: the role began long after. */
  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private RecordRules() {}

  /** Problems with a completion entry: its date, hours and optional valid-until date. */
  public static List<Problem> completion(
      Stage stage, LocalDate on, BigDecimal hours, LocalDate validUntil, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    if (stage == null) {
      problems.add(
          new Problem("stage", "Choose how far you have got: enrolled, in progress or completed"));
    }
    problems.addAll(pastDate("completedOn", "date", on, today));
    if (hours != null) {
      if (hours.signum() < 0) {
        problems.add(new Problem("hours", "Enter the hours as 0 or more, like 5 or 1.5"));
      } else if (hours.compareTo(MAX_COMPLETION_HOURS) > 0) {
        problems.add(
            new Problem(
                "hours",
                "Enter the hours the training took, up to "
                    + MAX_COMPLETION_HOURS
                    + "; for a course of several days, count its teaching hours"));
      } else if (hours.scale() > 1 && hours.stripTrailingZeros().scale() > 1) {
        problems.add(
            new Problem("hours", "Enter the hours to one decimal place at most, like 1.5"));
      }
    }
    if (validUntil != null && on != null && !validUntil.isAfter(on)) {
      problems.add(
          new Problem("validUntil", "The valid-until date must be after the date of the entry"));
    }
    return problems;
  }

  /** Problems with a supervision session. */
  public static List<Problem> supervision(
      LocalDate on, SupervisionKind kind, String supervisor, Integer minutes, LocalDate today) {
    List<Problem> problems = new ArrayList<>(pastDate("heldOn", "session date", on, today));
    if (kind == null) {
      problems.add(
          new Problem("kind", "Choose the kind of session: individual, group or mentoring"));
    }
    if (supervisor == null || supervisor.isBlank()) {
      problems.add(new Problem("supervisor", "Enter the name of your supervisor or mentor"));
    } else {
      problems.addAll(PlainText.line("supervisor", "Supervisor", supervisor, SUPERVISOR_MAX));
    }
    if (minutes == null) {
      problems.add(new Problem("minutes", "Enter how long the session lasted in minutes, like 60"));
    } else if (minutes < 1 || minutes > MAX_SUPERVISION_MINUTES) {
      problems.add(
          new Problem(
              "minutes",
              "Enter the session's length in minutes, from 1 to " + MAX_SUPERVISION_MINUTES));
    }
    return problems;
  }

  /** Problems with a day's coaching practice hours. */
  public static List<Problem> practice(LocalDate on, BigDecimal hours, LocalDate today) {
    List<Problem> problems = new ArrayList<>(pastDate("workedOn", "date", on, today));
    if (hours == null) {
      problems.add(new Problem("practiceHours", "Enter the hours you coached, like 3 or 2.5"));
    } else if (hours.signum() <= 0 || hours.compareTo(MAX_PRACTICE_HOURS_A_DAY) > 0) {
      problems.add(
          new Problem(
              "practiceHours",
              "Enter the hours you coached that day, more than 0 and up to "
                  + MAX_PRACTICE_HOURS_A_DAY));
    }
    return problems;
  }

  private static List<Problem> pastDate(String field, String what, LocalDate on, LocalDate today) {
    if (on == null) {
      return List.of(new Problem(field, "Enter the " + what + ", like 3 March 2026"));
    }
    if (on.isAfter(today)) {
      return List.of(
          new Problem(
              field, "The " + what + " must be today or earlier: record it once it is done"));
    }
    if (on.isBefore(EARLIEST)) {
      return List.of(new Problem(field, "The " + what + " must be 1 January 2000 or later"));
    }
    return List.of();
  }
}
