package org.traininghub.records.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.records.entity.Stage;
import org.traininghub.records.entity.SupervisionKind;

/**
 * Reimbursement readiness: which of the pathway's conditions of reimbursement (domain.md A1-A4, P1)
 * a coach meets today, and the evidence behind each, the page a PCN manager needs for a claim.
 * Whether a condition is met is {@link PathwayRules}' answer (the same as on the coach's record);
 * this adds what shows it: the entries, sessions, signatures and names. Pure, so unit-tested.
 */
public final class Readiness {

  private Readiness() {}

  /** What the evidence is drawn from, besides the {@link CoachRecord} the rules read. */
  public record Facts(
      List<EntryFact> entries,
      List<SessionFact> sessions,
      String linkWorkers,
      String firstContact,
      String gpSupervisor) {}

  /** A completion entry with what the evidence line names. */
  public record EntryFact(
      long id, long requirementId, Stage stage, LocalDate on, String item, boolean hasEvidence) {}

  /** A supervision session with its supervisor. */
  public record SessionFact(LocalDate on, SupervisionKind kind, String supervisor, int minutes) {}

  /** One condition of reimbursement, met or not today, with the evidence behind it. */
  public record Condition(
      String code, String title, boolean met, String status, String detail, List<Proof> proofs)
      implements Serializable {}

  /**
   * One piece of evidence: a sentence, and the completion whose certificate may be downloaded (null
   * when there is none).
   */
  public record Proof(String text, Long evidenceOf) implements Serializable {}

  /**
   * The conditions of reimbursement of the pathway ({@code rules}, with their {@code titles} by
   * code), in its order: retired requirements and those that are not conditions are left out.
   */
  public static List<Condition> assess(
      List<Rule> rules,
      Map<String, String> titles,
      CoachRecord coach,
      Facts facts,
      LocalDate today) {
    Map<String, Standing> standings = PathwayRules.evaluate(rules, coach, today);
    List<Condition> conditions = new ArrayList<>();
    for (Rule rule : rules) {
      Standing standing = standings.get(rule.code());
      if (rule.reimbursementCondition() && standing != null) {
        conditions.add(
            new Condition(
                rule.code(),
                titles.getOrDefault(rule.code(), rule.code()),
                standing.meetsCondition(),
                standing.status().label(),
                standing.detail(),
                proofs(rule, coach, facts, today)));
      }
    }
    return conditions;
  }

  /** Whether every condition is met: the PCN may claim for the coach today. */
  public static boolean ready(List<Condition> conditions) {
    return !conditions.isEmpty() && conditions.stream().allMatch(Condition::met);
  }

  static List<Proof> proofs(Rule rule, CoachRecord coach, Facts facts, LocalDate today) {
    return switch (rule.kind()) {
      case COMPLETION -> entries(rule, coach, facts);
      case ACKNOWLEDGEMENT ->
          coach.signatures().stream()
              .filter(s -> s.requirementId() == rule.id())
              .map(
                  s ->
                      new Proof(
                          "Version " + s.version() + " signed on " + BritishDates.format(s.on()),
                          null))
              .toList();
      case RECURRING -> sessions(rule, coach, facts, today);
      case PROFILE_FACT ->
          switch (rule.profileFact()) {
            case LINK_WORKERS -> named("Social Prescribing Link Worker(s)", facts.linkWorkers());
            case FIRST_CONTACT_AND_GP_SUPERVISOR -> {
              List<Proof> both =
                  new ArrayList<>(named("First point of contact", facts.firstContact()));
              both.addAll(named("GP supervisor", facts.gpSupervisor()));
              yield both;
            }
          };
    };
  }

  /**
   * The entries that still count for the requirement (not corrected, not rejected), newest first.
   */
  private static List<Proof> entries(Rule rule, CoachRecord coach, Facts facts) {
    Map<Long, CoachRecord.Entry> counting =
        PathwayRules.current(coach.entries()).stream()
            .collect(Collectors.toMap(CoachRecord.Entry::id, e -> e));
    return facts.entries().stream()
        .filter(e -> e.requirementId() == rule.id() && counting.containsKey(e.id()))
        .sorted(Comparator.comparing(EntryFact::on).thenComparing(EntryFact::id).reversed())
        .map(
            e -> {
              CoachRecord.Entry entry = counting.get(e.id());
              String state =
                  e.stage() != Stage.COMPLETED
                      ? ""
                      : entry.verified() ? ", verified" : ", awaiting verification";
              return new Proof(
                  e.stage().label()
                      + " on "
                      + BritishDates.format(e.on())
                      + (e.item() == null ? "" : ": " + e.item())
                      + state,
                  e.hasEvidence() ? e.id() : null);
            })
        .toList();
  }

  /**
   * The sessions of the last interval (the coach's weeks part time, the requirement's months full
   * time), newest first; when there are no formal ones in it, the last formal session before.
   */
  private static List<Proof> sessions(Rule rule, CoachRecord coach, Facts facts, LocalDate today) {
    LocalDate since = intervalStart(rule, coach, today);
    Comparator<SessionFact> newestFirst = Comparator.comparing(SessionFact::on).reversed();
    List<SessionFact> recent =
        facts.sessions().stream()
            .filter(s -> !s.on().isBefore(since) && !s.on().isAfter(today))
            .sorted(newestFirst)
            .toList();
    List<Proof> proofs = new ArrayList<>(recent.stream().map(Readiness::session).toList());
    if (recent.stream().noneMatch(s -> s.kind().formal())) {
      facts.sessions().stream()
          .filter(s -> s.kind().formal() && s.on().isBefore(since))
          .max(Comparator.comparing(SessionFact::on))
          .ifPresent(s -> proofs.add(new Proof("Last formal session: " + text(s), null)));
    }
    return proofs;
  }

  /** The first day of the interval that ends today. */
  static LocalDate intervalStart(Rule rule, CoachRecord coach, LocalDate today) {
    if (coach.partTimeIntervalWeeks() != null) {
      return today.minusWeeks(coach.partTimeIntervalWeeks());
    }
    return today.minusMonths(rule.intervalMonths() == null ? 1 : rule.intervalMonths());
  }

  private static Proof session(SessionFact s) {
    return new Proof(text(s), null);
  }

  private static String text(SessionFact s) {
    return BritishDates.format(s.on())
        + ": "
        + s.kind().label()
        + " with "
        + s.supervisor()
        + ", "
        + s.minutes()
        + " minutes";
  }

  private static List<Proof> named(String what, String value) {
    return value == null || value.isBlank()
        ? List.of()
        : List.of(new Proof(what + ": " + value.strip(), null));
  }
}
