package org.traininghub.records.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.CoachProfile;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.pcns.control.PcnScope;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.time.HubClock;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;
import org.traininghub.records.control.CoachRecord;
import org.traininghub.records.control.EvidenceCheck;
import org.traininghub.records.control.PathwayRules;
import org.traininghub.records.control.Rule;
import org.traininghub.records.control.Standing;
import org.traininghub.records.entity.Completion;
import org.traininghub.records.entity.EthicsAcknowledgement;
import org.traininghub.records.entity.Evidence;
import org.traininghub.records.entity.Pathway;
import org.traininghub.records.entity.PracticeHours;
import org.traininghub.records.entity.Requirement;
import org.traininghub.records.entity.RequirementKind;
import org.traininghub.records.entity.Stage;
import org.traininghub.records.entity.SupervisionSession;

/**
 * A coach's own training record: their standing on each requirement of the pathway, computed on
 * every read (no nightly job), and the entries they add. Every change is audited in its
 * transaction; nothing a coach adds is ever changed afterwards (a correction supersedes).
 */
@Stateless
public class TrainingRecords {

  @PersistenceContext EntityManager em;

  @Inject CurrentAccount caller;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject Instance<BookedItems> bookings;

  /** A catalogue item a coach may record against a requirement. */
  public record ItemChoice(long id, String title) implements Serializable {}

  /** The caller's record, as the page shows it. */
  @Allowed(Role.COACH)
  public RecordView mine() {
    return view(caller.id());
  }

  RecordView view(long coachId) {
    List<Requirement> requirements = requirements(coachId);
    CoachRecord coach = coachRecord(coachId);
    Map<String, Standing> standings =
        PathwayRules.evaluate(requirements.stream().map(Rule::of).toList(), coach, today());
    List<RecordView.Row> rows =
        requirements.stream()
            .filter(r -> standings.containsKey(r.getCode()))
            .map(
                r -> {
                  Standing s = standings.get(r.getCode());
                  return new RecordView.Row(
                      r.getId(),
                      r.getCode(),
                      r.getTitle(),
                      r.getSummary(),
                      r.isMandatory(),
                      r.isReimbursementCondition(),
                      r.getKind() == RequirementKind.COMPLETION,
                      r.getExternalUrl(),
                      s.status(),
                      s.meetsCondition(),
                      s.detail());
                })
            .toList();
    List<RecordView.SessionLine> sessions =
        em.createNamedQuery(SupervisionSession.OF_COACH, SupervisionSession.class)
            .setParameter("coach", coachId)
            .setMaxResults(10)
            .getResultStream()
            .map(
                s ->
                    new RecordView.SessionLine(
                        s.getHeldOn(), s.getKind().label(), s.getSupervisor(), s.getMinutes()))
            .toList();
    Optional<Requirement> ethics = ethicsRequirement(requirements);
    return new RecordView(
        rows,
        sessions,
        entries(coachId, requirements),
        coach.practiceHours(),
        ethics.map(Requirement::getAcknowledgementVersion).orElse(null),
        ethics.map(e -> standings.get(e.getCode())).map(s -> s.status().done()).orElse(false));
  }

  private List<RecordView.EntryLine> entries(long coachId, List<Requirement> requirements) {
    Map<Long, String> codes =
        requirements.stream().collect(Collectors.toMap(Requirement::getId, Requirement::getCode));
    Set<Long> withEvidence =
        Set.copyOf(
            em.createNamedQuery(Evidence.IDS_OF_COACH, Long.class)
                .setParameter("coach", coachId)
                .getResultList());
    List<Completion> all =
        em.createNamedQuery(Completion.OF_COACH, Completion.class)
            .setParameter("coach", coachId)
            .getResultList();
    Set<Long> superseded =
        all.stream()
            .map(Completion::getSupersedesId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    List<Completion> newestFirst = new java.util.ArrayList<>(all);
    java.util.Collections.reverse(newestFirst);
    return newestFirst.stream()
        .map(
            c ->
                new RecordView.EntryLine(
                    c.getId(),
                    c.getRequirementId(),
                    c.getItemId(),
                    codes.getOrDefault(c.getRequirementId(), "?"),
                    c.getStage(),
                    c.getCompletedOn(),
                    c.getHours(),
                    c.getValidUntil(),
                    superseded.contains(c.getId())
                        ? "Corrected by a later entry"
                        : c.isRejected()
                            ? "Not accepted: " + c.getRejectionReason()
                            : c.isVerified()
                                ? "Verified"
                                : c.getStage() == Stage.COMPLETED ? "Awaiting verification" : "",
                    withEvidence.contains(c.getId()),
                    superseded.contains(c.getId())))
        .toList();
  }

  /**
   * The catalogue items that may be recorded against a requirement: its linked items, or every
   * listed item of its kind (A1: any accredited course).
   */
  @Allowed(Role.COACH)
  public List<ItemChoice> itemChoices(long requirementId) {
    Requirement r = em.find(Requirement.class, requirementId);
    if (r == null || r.getKind() != RequirementKind.COMPLETION) {
      return List.of();
    }
    List<CatalogueItem> items =
        r.getAnyItemKind() != null
            ? em.createQuery(
                    "SELECT i FROM CatalogueItem i WHERE i.kind = :kind AND i.retiredAt IS NULL"
                        + " ORDER BY i.title, i.id",
                    CatalogueItem.class)
                .setParameter("kind", ItemKind.valueOf(r.getAnyItemKind()))
                .getResultList()
            : r.getItemIds().isEmpty()
                ? List.of()
                : em.createNamedQuery(CatalogueItem.WITH_IDS, CatalogueItem.class)
                    .setParameter("ids", r.getItemIds())
                    .getResultList();
    return items.stream()
        .map(i -> new ItemChoice(i.getId(), i.getTitle() + " (" + i.getProvider() + ")"))
        .toList();
  }

  /**
   * Adds a completion entry to the caller's record.
   *
   * @throws InvalidInputException when the entry breaks the rules or names a requirement, item or
   *     entry that is not the caller's to record against; nothing is saved
   */
  @Allowed(Role.COACH)
  public Completion recordCompletion(Completion.Entry entry) {
    return recordCompletion(entry, null);
  }

  /**
   * Adds a completion entry with its certificate ({@code evidence}, or null for none).
   *
   * @throws InvalidInputException also when the file is empty, too large, or not a PDF, PNG or JPEG
   *     by its content; nothing is saved
   */
  @Allowed(Role.COACH)
  public Completion recordCompletion(Completion.Entry entry, EvidenceCheck.Upload evidence) {
    long coachId = caller.id();
    if (evidence != null) {
      InvalidInputException.throwIfAny(EvidenceCheck.check(evidence));
    }
    Requirement requirement = em.find(Requirement.class, entry.requirementId());
    if (requirement == null
        || requirement.isRetired()
        || requirement.getKind() != RequirementKind.COMPLETION
        || !requirements(coachId).contains(requirement)) {
      throw refused("requirement", "Choose a requirement of your pathway from the list");
    }
    Long itemId = itemFor(requirement, entry.itemId());
    if (entry.supersedesId() != null) {
      Completion corrected = em.find(Completion.class, entry.supersedesId());
      if (corrected == null
          || corrected.getCoachId() != coachId
          || !corrected.getRequirementId().equals(requirement.getId())) {
        throw refused("supersedes", "Choose an entry of your own record for this requirement");
      }
      if (em.createNamedQuery(Completion.CORRECTIONS_OF, Long.class)
              .setParameter("id", corrected.getId())
              .getSingleResult()
          > 0) {
        throw refused(
            "supersedes", "That entry is corrected already: correct the newer entry instead");
      }
    }
    Completion completion =
        new Completion(
            coachId,
            new Completion.Entry(
                requirement.getId(),
                itemId,
                entry.stage(),
                entry.on(),
                entry.hours(),
                entry.validUntil(),
                entry.supersedesId()),
            coachId,
            clock.instant(),
            today());
    em.persist(completion);
    em.flush();
    new ComplianceSummaries(em).touch(coachId);
    if (evidence != null) {
      em.persist(
          new Evidence(
              completion.getId(),
              EvidenceCheck.displayName(evidence.fileName()),
              EvidenceCheck.type(evidence.content()).orElseThrow(),
              evidence.content()));
    }
    audit.record(
        entry.supersedesId() == null ? "training entry recorded" : "training entry corrected",
        "Record of account "
            + coachId
            + ": "
            + requirement.getCode()
            + " entry "
            + completion.getId());
    return completion;
  }

  private Long itemFor(Requirement requirement, Long chosen) {
    List<ItemChoice> choices = itemChoices(requirement.getId());
    if (chosen == null) {
      if (choices.size() > 1) {
        throw refused("item", "Choose which course or item you took");
      }
      return choices.isEmpty() ? null : choices.get(0).id();
    }
    if (choices.stream().noneMatch(c -> c.id() == chosen)) {
      throw refused("item", "Choose a course or item from the list for this requirement");
    }
    return chosen;
  }

  /**
   * A completion's certificate, for its coach, a PCN lead of the coach's PCN, or a hub admin; empty
   * for anyone else, as for an id that does not exist (the page answers 404 either way).
   */
  @Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
  public Optional<Evidence> evidence(long completionId) {
    Completion completion = em.find(Completion.class, completionId);
    if (completion == null) {
      return Optional.empty();
    }
    boolean allowed =
        caller.is(Role.COACH)
            ? completion.getCoachId() == caller.id()
            : PcnScope.of(caller).covers(pcnOf(completion.getCoachId()));
    return allowed ? Optional.ofNullable(em.find(Evidence.class, completionId)) : Optional.empty();
  }

  private Long pcnOf(long coachId) {
    Account coach = em.find(Account.class, coachId);
    return coach == null || coach.getPcn() == null ? null : coach.getPcn().getId();
  }

  /** Logs a supervision session on the caller's record. */
  @Allowed(Role.COACH)
  public SupervisionSession logSupervision(SupervisionSession.Entry entry) {
    long coachId = caller.id();
    SupervisionSession session = new SupervisionSession(coachId, entry, clock.instant(), today());
    em.persist(session);
    em.flush();
    new ComplianceSummaries(em).touch(coachId);
    audit.record(
        "supervision session logged",
        "Record of account " + coachId + ": session " + session.getId());
    return session;
  }

  /** Logs a day's coaching practice hours on the caller's record. */
  @Allowed(Role.COACH)
  public PracticeHours logPractice(LocalDate on, BigDecimal hours) {
    long coachId = caller.id();
    PracticeHours practice = new PracticeHours(coachId, on, hours, clock.instant(), today());
    em.persist(practice);
    em.flush();
    new ComplianceSummaries(em).touch(coachId);
    audit.record(
        "practice hours logged", "Record of account " + coachId + ": entry " + practice.getId());
    return practice;
  }

  /**
   * Signs the current version of the code of ethics and conduct for the caller; signing the same
   * version again changes nothing.
   *
   * @return whether a new signature was recorded
   */
  @Allowed(Role.COACH)
  public boolean signEthics() {
    long coachId = caller.id();
    Requirement ethics =
        ethicsRequirement(requirements(coachId))
            .orElseThrow(() -> refused("ethics", "There is no code of ethics to sign"));
    boolean signed =
        em.createNamedQuery(EthicsAcknowledgement.OF_COACH, EthicsAcknowledgement.class)
            .setParameter("coach", coachId)
            .getResultStream()
            .anyMatch(
                a ->
                    a.getRequirementId().equals(ethics.getId())
                        && a.getVersion().equals(ethics.getAcknowledgementVersion()));
    if (signed) {
      return false;
    }
    em.persist(
        new EthicsAcknowledgement(
            coachId, ethics.getId(), ethics.getAcknowledgementVersion(), clock.instant()));
    new ComplianceSummaries(em).touch(coachId);
    audit.record(
        "code of ethics signed",
        "Record of account " + coachId + ": version " + ethics.getAcknowledgementVersion());
    return true;
  }

  /** The pathway of coach {@code coachId}'s job role, in its order. */
  List<Requirement> requirements(long coachId) {
    return em.createNamedQuery(Requirement.OF_ROLE, Requirement.class)
        .setParameter("role", JobRoles.of(em, coachId))
        .getResultList();
  }

  /** The name of the pathway coach {@code coachId} follows: "Health and Wellbeing Coach". */
  @Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
  public String pathwayName(long coachId) {
    String role = JobRoles.of(em, coachId);
    return em.createNamedQuery(Pathway.ALL, Pathway.class)
        .getResultStream()
        .filter(p -> p.getRoleCode().equals(role))
        .map(Pathway::getName)
        .findFirst()
        .orElse(role);
  }

  private static Optional<Requirement> ethicsRequirement(List<Requirement> requirements) {
    return requirements.stream()
        .filter(r -> r.getKind() == RequirementKind.ACKNOWLEDGEMENT && !r.isRetired())
        .findFirst();
  }

  CoachRecord coachRecord(long coachId) {
    CoachProfile profile = em.find(CoachProfile.class, coachId);
    CoachProfile.Facts facts =
        profile == null
            ? new CoachProfile.Facts(null, null, null, null, null, null, null, null)
            : profile.facts();
    Integer weeks =
        facts.workingPattern() == org.traininghub.accounts.entity.WorkingPattern.PART_TIME
            ? facts.supervisionIntervalWeeks()
            : null;
    List<CoachRecord.Entry> entries =
        em.createNamedQuery(Completion.OF_COACH, Completion.class)
            .setParameter("coach", coachId)
            .getResultStream()
            .map(
                c ->
                    new CoachRecord.Entry(
                        c.getId(),
                        c.getRequirementId(),
                        c.getStage(),
                        c.getCompletedOn(),
                        c.getValidUntil(),
                        c.getSupersedesId(),
                        c.isVerified(),
                        c.isRejected()))
            .toList();
    List<CoachRecord.Session> sessions =
        em.createNamedQuery(SupervisionSession.OF_COACH, SupervisionSession.class)
            .setParameter("coach", coachId)
            .getResultStream()
            .map(s -> new CoachRecord.Session(s.getHeldOn(), s.getKind()))
            .toList();
    List<CoachRecord.Signature> signatures =
        em.createNamedQuery(EthicsAcknowledgement.OF_COACH, EthicsAcknowledgement.class)
            .setParameter("coach", coachId)
            .getResultStream()
            .map(
                a ->
                    new CoachRecord.Signature(
                        a.getRequirementId(),
                        a.getVersion(),
                        LocalDate.ofInstant(a.getSignedAt(), HubClock.HUB_ZONE)))
            .toList();
    BigDecimal practice =
        em.createNamedQuery(PracticeHours.TOTAL_OF_COACH, BigDecimal.class)
            .setParameter("coach", coachId)
            .getSingleResult();
    Set<Long> booked = new HashSet<>();
    bookings.forEach(
        b -> booked.addAll(b.upcomingFor(List.of(coachId)).getOrDefault(coachId, Set.of())));
    return new CoachRecord(
        facts.startedOn(),
        weeks,
        named(facts.linkWorkers()),
        named(facts.firstContact()),
        named(facts.gpSupervisor()),
        practice,
        entries,
        sessions,
        signatures,
        booked);
  }

  private static boolean named(String value) {
    return value != null && !value.isBlank();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(HubClock.HUB_ZONE));
  }

  private static InvalidInputException refused(String field, String message) {
    return new InvalidInputException(List.of(new Problem(field, message)));
  }

  /**
   * The requirements of the coach's pathway, for the other views of a record (reimbursement
   * readiness, the record PDF).
   */
  @Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
  public List<Requirement> pathway(long coachId) {
    return requirements(coachId);
  }

  /**
   * A coach's record as the rules read it, for the other views of a record; the caller has already
   * decided that its caller may see this coach (ReimbursementReadiness does).
   */
  @Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
  public CoachRecord recordOf(long coachId) {
    return coachRecord(coachId);
  }
}
