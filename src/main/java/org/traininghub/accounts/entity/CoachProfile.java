package org.traininghub.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.traininghub.platform.validation.PlainText;
import org.traininghub.platform.validation.Problem;

/**
 * The facts the role's rules ask to be named for a coach (domain.md A3, A4, P1). One row per coach
 * account, made the first time the coach saves their profile.
 */
@Entity
@Table(name = "coach_profile")
public class CoachProfile {

  public static final int NAME_MAX = 160;
  public static final int LINK_WORKERS_MAX = 500;

  /** The role of a coach who has not chosen one: Health and Wellbeing Coach. */
  public static final String DEFAULT_JOB_ROLE = "HWBC";

  /** Before it, a start date is a typing slip: the role began long after. */
  public static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);

  @Id
  @Column(name = "account_id")
  private Long accountId;

  private String practice;

  @Column(name = "started_on")
  private LocalDate startedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "working_pattern")
  private WorkingPattern workingPattern;

  @Column(name = "supervision_interval_weeks")
  private Integer supervisionIntervalWeeks;

  @Column(name = "first_contact")
  private String firstContact;

  @Column(name = "gp_supervisor")
  private String gpSupervisor;

  @Column(name = "coaching_supervisor")
  private String coachingSupervisor;

  @Column(name = "link_workers")
  private String linkWorkers;

  /** The role whose pathway the coach follows (V38): a pathway's role code, HWBC by default. */
  @Column(name = "job_role", nullable = false)
  private String jobRole = DEFAULT_JOB_ROLE;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CoachProfile() {
    // for JPA
  }

  public CoachProfile(long accountId) {
    this.accountId = accountId;
  }

  /** The facts as entered; blank means not known yet. */
  public record Facts(
      String practice,
      LocalDate startedOn,
      WorkingPattern workingPattern,
      Integer supervisionIntervalWeeks,
      String firstContact,
      String gpSupervisor,
      String coachingSupervisor,
      String linkWorkers)
      implements java.io.Serializable {}

  /** What is wrong with {@code facts}, named by field; {@code today} bounds the start date. */
  public static List<Problem> check(Facts facts, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    problems.addAll(PlainText.line("practice", "Employing practice", facts.practice(), NAME_MAX));
    problems.addAll(
        PlainText.line("firstContact", "First point of contact", facts.firstContact(), NAME_MAX));
    problems.addAll(
        PlainText.line("gpSupervisor", "GP supervisor", facts.gpSupervisor(), NAME_MAX));
    problems.addAll(
        PlainText.line(
            "coachingSupervisor",
            "Coaching supervisor or mentor",
            facts.coachingSupervisor(),
            NAME_MAX));
    problems.addAll(
        PlainText.line(
            "linkWorkers",
            "Social Prescribing Link Worker(s)",
            facts.linkWorkers(),
            LINK_WORKERS_MAX));
    if (facts.startedOn() != null && facts.startedOn().isAfter(today)) {
      problems.add(
          new Problem("startedOn", "Start date in the role must be today or a date before it"));
    } else if (facts.startedOn() != null && facts.startedOn().isBefore(EARLIEST_START)) {
      problems.add(
          new Problem("startedOn", "Start date in the role must be 1 January 2000 or later"));
    }
    if (facts.workingPattern() == WorkingPattern.PART_TIME) {
      Integer weeks = facts.supervisionIntervalWeeks();
      if (weeks == null
          || weeks < WorkingPattern.PART_TIME_MIN_WEEKS
          || weeks > WorkingPattern.PART_TIME_MAX_WEEKS) {
        problems.add(
            new Problem(
                "supervisionIntervalWeeks",
                "For part time, enter weeks between supervision sessions, from "
                    + WorkingPattern.PART_TIME_MIN_WEEKS
                    + " to "
                    + WorkingPattern.PART_TIME_MAX_WEEKS));
      }
    }
    return problems;
  }

  public void update(Facts facts, Instant now) {
    practice = blankToNull(facts.practice());
    startedOn = facts.startedOn();
    workingPattern = facts.workingPattern();
    supervisionIntervalWeeks =
        facts.workingPattern() == WorkingPattern.PART_TIME
            ? facts.supervisionIntervalWeeks()
            : null;
    firstContact = blankToNull(facts.firstContact());
    gpSupervisor = blankToNull(facts.gpSupervisor());
    coachingSupervisor = blankToNull(facts.coachingSupervisor());
    linkWorkers = blankToNull(facts.linkWorkers());
    updatedAt = now;
  }

  public Facts facts() {
    return new Facts(
        practice,
        startedOn,
        workingPattern,
        supervisionIntervalWeeks,
        firstContact,
        gpSupervisor,
        coachingSupervisor,
        linkWorkers);
  }

  /**
   * Weeks between supervision sessions this coach must keep to: four full time, their own interval
   * part time; null until the working pattern is known.
   */
  public Integer supervisionIntervalWeeks() {
    if (workingPattern == null) {
      return null;
    }
    return workingPattern == WorkingPattern.FULL_TIME
        ? WorkingPattern.FULL_TIME_INTERVAL_WEEKS
        : supervisionIntervalWeeks;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The role whose pathway the coach follows; {@code profile} null means the default. */
  public static String jobRoleOf(CoachProfile profile) {
    return profile == null ? DEFAULT_JOB_ROLE : profile.jobRole;
  }

  /** The coach now follows the pathway of {@code role} (a pathway's role code, checked by V38). */
  public void chooseJobRole(String role, Instant now) {
    jobRole = role;
    updatedAt = now;
  }

  public String getJobRole() {
    return jobRole;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
