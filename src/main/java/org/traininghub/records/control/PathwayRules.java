package org.traininghub.records.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.records.control.CoachRecord.Entry;
import org.traininghub.records.control.CoachRecord.Session;
import org.traininghub.records.control.CoachRecord.Signature;
import org.traininghub.records.entity.Stage;

/**
 * Where a coach stands on each requirement of their pathway today: pure, so that every rule (part
 * time intervals, month ends, start dates, retired requirements, superseded entries, expiry) is a
 * unit test. Computed on every read, so a status changes the moment something is recorded.
 */
public final class PathwayRules {

  private PathwayRules() {}

  /** The coach's standing on each requirement that is not retired, in the pathway's order. */
  public static Map<String, Standing> evaluate(
      List<Rule> rules, CoachRecord coach, LocalDate today) {
    Map<String, Standing> standings = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (!rule.retired()) {
        standings.put(rule.code(), standing(rule, coach, today));
      }
    }
    return standings;
  }

  /** The coach's standing on one requirement. */
  public static Standing standing(Rule rule, CoachRecord coach, LocalDate today) {
    return switch (rule.kind()) {
      case COMPLETION -> completion(rule, coach, today);
      case ACKNOWLEDGEMENT -> acknowledgement(rule, coach);
      case RECURRING -> recurring(rule, coach, today);
      case PROFILE_FACT -> profileFact(rule, coach);
    };
  }

  /** The entries that still count: neither corrected by a later entry nor rejected. */
  public static List<Entry> current(List<Entry> entries) {
    Set<Long> superseded =
        entries.stream()
            .map(Entry::supersedesId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    return entries.stream().filter(e -> !superseded.contains(e.id()) && !e.rejected()).toList();
  }

  private static Standing completion(Rule rule, CoachRecord coach, LocalDate today) {
    List<Entry> entries =
        current(coach.entries()).stream().filter(e -> e.requirementId() == rule.id()).toList();
    Comparator<Entry> latest = Comparator.comparing(Entry::on).thenComparing(Entry::id);
    List<Entry> completed =
        entries.stream().filter(e -> e.stage() == Stage.COMPLETED).sorted(latest).toList();
    List<Entry> valid = completed.stream().filter(e -> !expired(rule, e, today)).toList();
    Optional<Entry> verified = valid.stream().filter(Entry::verified).reduce((a, b) -> b);
    boolean qualificationNeedsPractice = rule.enrolmentCounts();
    boolean practiceLogged = coach.practiceHours() != null && coach.practiceHours().signum() > 0;
    if (verified.isPresent()) {
      Entry e = verified.get();
      if (qualificationNeedsPractice && !practiceLogged) {
        return late(
            rule,
            coach,
            today,
            Status.IN_PROGRESS,
            true,
            "Assessment passed; log your coaching practice hours to count as qualified");
      }
      return new Standing(
          rule.code(),
          Status.VERIFIED,
          true,
          (qualificationNeedsPractice ? "Qualified on " : "Completed on ")
              + BritishDates.format(e.on())
              + validity(rule, e),
          validUntil(rule, e));
    }
    Optional<Entry> awaiting = valid.stream().reduce((a, b) -> b);
    if (awaiting.isPresent()) {
      Entry e = awaiting.get();
      return new Standing(
          rule.code(),
          Status.COMPLETED,
          rule.enrolmentCounts(),
          "Completed on " + BritishDates.format(e.on()) + "; a hub admin will verify it",
          validUntil(rule, e));
    }
    Optional<Entry> started =
        entries.stream().filter(e -> e.stage() != Stage.COMPLETED).max(latest);
    if (started.isPresent()) {
      Entry e = started.get();
      Status status = e.stage() == Stage.ENROLLED ? Status.ENROLLED : Status.IN_PROGRESS;
      return late(
          rule,
          coach,
          today,
          status,
          rule.enrolmentCounts(),
          e.stage().label()
              + " since "
              + BritishDates.format(e.on())
              + (rule.enrolmentCounts() ? ": this already meets the reimbursement condition" : ""));
    }
    if (!completed.isEmpty()) {
      Entry e = completed.get(completed.size() - 1);
      return new Standing(
          rule.code(),
          Status.EXPIRED,
          false,
          "Completed on "
              + BritishDates.format(e.on())
              + ", valid until "
              + BritishDates.format(validUntil(rule, e))
              + ": record the renewal",
          validUntil(rule, e));
    }
    if (rule.itemIds().stream().anyMatch(coach.bookedItemIds()::contains)) {
      return late(rule, coach, today, Status.BOOKED, false, "A place is booked");
    }
    return late(rule, coach, today, Status.NOT_STARTED, false, "Nothing recorded yet");
  }

  /** {@code status}, or overdue once the requirement's months after the start date have passed. */
  private static Standing late(
      Rule rule, CoachRecord coach, LocalDate today, Status status, boolean meets, String detail) {
    LocalDate due =
        rule.mandatory() && rule.dueWithinMonths() != null && coach.startedOn() != null
            ? coach.startedOn().plusMonths(rule.dueWithinMonths())
            : null;
    if (due != null && today.isAfter(due)) {
      return new Standing(
          rule.code(),
          Status.OVERDUE,
          meets,
          detail + ". It was due by " + BritishDates.format(due),
          due);
    }
    return new Standing(rule.code(), status, meets, detail, due);
  }

  private static boolean expired(Rule rule, Entry e, LocalDate today) {
    LocalDate until = validUntil(rule, e);
    return until != null && until.isBefore(today);
  }

  /** The entry's own valid-until date, else the requirement's validity after the entry's date. */
  static LocalDate validUntil(Rule rule, Entry e) {
    if (e.validUntil() != null) {
      return e.validUntil();
    }
    return rule.validForMonths() == null ? null : e.on().plusMonths(rule.validForMonths());
  }

  private static String validity(Rule rule, Entry e) {
    LocalDate until = validUntil(rule, e);
    return until == null ? "" : ", valid until " + BritishDates.format(until);
  }

  private static Standing acknowledgement(Rule rule, CoachRecord coach) {
    List<Signature> signed =
        coach.signatures().stream().filter(s -> s.requirementId() == rule.id()).toList();
    Optional<Signature> current =
        signed.stream().filter(s -> s.version().equals(rule.acknowledgementVersion())).findFirst();
    if (current.isPresent()) {
      return new Standing(
          rule.code(),
          Status.MET,
          true,
          "Version "
              + current.get().version()
              + " signed on "
              + BritishDates.format(current.get().on()),
          null);
    }
    if (!signed.isEmpty()) {
      return new Standing(
          rule.code(),
          Status.EXPIRED,
          false,
          "You signed version "
              + signed.get(signed.size() - 1).version()
              + "; sign version "
              + rule.acknowledgementVersion(),
          null);
    }
    return new Standing(
        rule.code(),
        Status.NOT_STARTED,
        false,
        "Sign version " + rule.acknowledgementVersion(),
        null);
  }

  /**
   * Supervision: the last formal session plus the coach's interval (weeks part time, the
   * requirement's months full time; a month from 31 January is the end of February) is when the
   * next is due; overdue the day after. Before any session the first is due one interval after the
   * start date.
   */
  private static Standing recurring(Rule rule, CoachRecord coach, LocalDate today) {
    Optional<LocalDate> last =
        coach.sessions().stream()
            .filter(s -> s.kind().formal())
            .map(Session::on)
            .max(Comparator.naturalOrder());
    LocalDate from = last.orElse(coach.startedOn());
    LocalDate due = from == null ? null : next(rule, coach, from);
    String every = interval(rule, coach);
    if (due != null && today.isAfter(due)) {
      return new Standing(
          rule.code(),
          Status.OVERDUE,
          false,
          (last.isPresent()
                  ? "Last session on " + BritishDates.format(last.get())
                  : "No session logged")
              + "; you need one "
              + every
              + ". The next was due by "
              + BritishDates.format(due),
          due);
    }
    if (last.isPresent()) {
      return new Standing(
          rule.code(),
          Status.MET,
          true,
          "Last session on "
              + BritishDates.format(last.get())
              + "; next by "
              + BritishDates.format(due),
          due);
    }
    return new Standing(
        rule.code(),
        Status.NOT_STARTED,
        false,
        "No session logged yet; you need one "
            + every
            + (due == null ? "" : ", the first by " + BritishDates.format(due)),
        due);
  }

  static LocalDate next(Rule rule, CoachRecord coach, LocalDate from) {
    if (coach.partTimeIntervalWeeks() != null) {
      return from.plusWeeks(coach.partTimeIntervalWeeks());
    }
    return from.plusMonths(rule.intervalMonths() == null ? 1 : rule.intervalMonths());
  }

  private static String interval(Rule rule, CoachRecord coach) {
    if (coach.partTimeIntervalWeeks() != null) {
      return "every " + coach.partTimeIntervalWeeks() + " weeks";
    }
    int months = rule.intervalMonths() == null ? 1 : rule.intervalMonths();
    return months == 1 ? "every month" : "every " + months + " months";
  }

  private static Standing profileFact(Rule rule, CoachRecord coach) {
    return switch (rule.profileFact()) {
      case LINK_WORKERS ->
          coach.linkWorkersNamed()
              ? new Standing(rule.code(), Status.MET, true, "Named on your profile", null)
              : new Standing(
                  rule.code(),
                  Status.NOT_STARTED,
                  false,
                  "Name your Social Prescribing Link Worker(s) on your profile",
                  null);
      case FIRST_CONTACT_AND_GP_SUPERVISOR -> {
        if (coach.firstContactNamed() && coach.gpSupervisorNamed()) {
          yield new Standing(rule.code(), Status.MET, true, "Both named on your profile", null);
        }
        String missing =
            !coach.firstContactNamed() && !coach.gpSupervisorNamed()
                ? "your first point of contact and GP supervisor"
                : coach.firstContactNamed() ? "your GP supervisor" : "your first point of contact";
        yield new Standing(
            rule.code(), Status.NOT_STARTED, false, "Name " + missing + " on your profile", null);
      }
    };
  }
}
