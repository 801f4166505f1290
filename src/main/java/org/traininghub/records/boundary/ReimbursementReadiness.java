package org.traininghub.records.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.CoachProfile;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.pcns.control.PcnScope;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.LinkTokens;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.time.HubClock;
import org.traininghub.records.control.CoachRecord;
import org.traininghub.records.control.PathwayRules;
import org.traininghub.records.control.Readiness;
import org.traininghub.records.control.RecordPdf;
import org.traininghub.records.control.Rule;
import org.traininghub.records.control.Standing;
import org.traininghub.records.entity.Completion;
import org.traininghub.records.entity.Evidence;
import org.traininghub.records.entity.RecordVerification;
import org.traininghub.records.entity.Requirement;
import org.traininghub.records.entity.SupervisionSession;

/**
 * Reimbursement readiness and the record PDF with its verification address. A coach sees their own
 * readiness; a hub admin any coach's, a PCN lead their own PCN's coaches' ({@link PcnScope}), and
 * anyone else's is "not there". Issuing a PDF replaces the coach's previous one; the coach may
 * withdraw it; the public verification page reads only what the PDF printed.
 */
@Stateless
public class ReimbursementReadiness {

  /** The path of a verification address; the secret follows it. */
  public static final String VERIFY_PATH = "/verify/";

  @PersistenceContext EntityManager em;

  @Inject CurrentAccount caller;

  @Inject TrainingRecords records;

  @Inject AuditLog audit;

  @Inject HubSettings hub;

  @Inject Clock clock;

  /** A PDF just issued, and the address printed on it. */
  public record IssuedPdf(byte[] content, String fileName, String verificationAddress) {}

  /** The caller's own readiness. */
  @Allowed(Role.COACH)
  public ReadinessView mine() {
    return view(coach(caller.id()).orElseThrow());
  }

  /**
   * A coach's readiness, for a hub admin or a PCN lead of the coach's PCN; empty for an id that is
   * not a coach, or a coach the caller may not see (the page answers 404 either way).
   */
  @Allowed({Role.HUB_ADMIN, Role.PCN_LEAD})
  public Optional<ReadinessView> of(long coachId) {
    PcnScope scope = PcnScope.of(caller);
    return coach(coachId)
        .filter(c -> scope.covers(c.getPcn() == null ? null : c.getPcn().getId()))
        .map(this::view)
        .map(ReadinessView::toldToOthers);
  }

  private Optional<Account> coach(long id) {
    return Optional.ofNullable(em.find(Account.class, id)).filter(a -> a.getRole() == Role.COACH);
  }

  private ReadinessView view(Account coach) {
    List<Requirement> pathway = records.pathway(coach.getId());
    CoachRecord record = records.recordOf(coach.getId());
    List<Readiness.Condition> conditions =
        Readiness.assess(
            pathway.stream().map(Rule::of).toList(),
            pathway.stream().collect(Collectors.toMap(Requirement::getCode, Requirement::getTitle)),
            record,
            facts(coach.getId()),
            today());
    return new ReadinessView(
        coach.getId(),
        coach.getDisplayName(),
        pcnName(coach),
        records.pathwayName(coach.getId()),
        today(),
        conditions);
  }

  private Readiness.Facts facts(long coachId) {
    List<Completion> completions =
        em.createNamedQuery(Completion.OF_COACH, Completion.class)
            .setParameter("coach", coachId)
            .getResultList();
    Set<Long> itemIds =
        completions.stream()
            .map(Completion::getItemId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    Map<Long, String> items =
        itemIds.isEmpty()
            ? Map.of()
            : em.createNamedQuery(CatalogueItem.WITH_IDS, CatalogueItem.class)
                .setParameter("ids", itemIds)
                .getResultStream()
                .collect(Collectors.toMap(CatalogueItem::getId, CatalogueItem::getTitle));
    Set<Long> withEvidence =
        Set.copyOf(
            em.createNamedQuery(Evidence.IDS_OF_COACH, Long.class)
                .setParameter("coach", coachId)
                .getResultList());
    List<Readiness.EntryFact> entries =
        completions.stream()
            .map(
                c ->
                    new Readiness.EntryFact(
                        c.getId(),
                        c.getRequirementId(),
                        c.getStage(),
                        c.getCompletedOn(),
                        c.getItemId() == null ? null : items.get(c.getItemId()),
                        withEvidence.contains(c.getId())))
            .toList();
    List<Readiness.SessionFact> sessions =
        em.createNamedQuery(SupervisionSession.OF_COACH, SupervisionSession.class)
            .setParameter("coach", coachId)
            .getResultStream()
            .map(
                s ->
                    new Readiness.SessionFact(
                        s.getHeldOn(), s.getKind(), s.getSupervisor(), s.getMinutes()))
            .toList();
    CoachProfile profile = em.find(CoachProfile.class, coachId);
    CoachProfile.Facts named =
        profile == null
            ? new CoachProfile.Facts(null, null, null, null, null, null, null, null)
            : profile.facts();
    return new Readiness.Facts(
        entries, sessions, named.linkWorkers(), named.firstContact(), named.gpSupervisor());
  }

  /**
   * Issues the caller's record as a PDF with a new verification address; the address of the PDF
   * issued before stops being current. Audited.
   */
  @Allowed(Role.COACH)
  public IssuedPdf issuePdf() {
    // the coach's row locked: two PDFs issued at once leave one current, the later
    Account coach = em.find(Account.class, caller.id(), LockModeType.PESSIMISTIC_WRITE);
    List<Requirement> pathway = records.pathway(coach.getId());
    Map<String, Standing> standings =
        PathwayRules.evaluate(
            pathway.stream().map(Rule::of).toList(), records.recordOf(coach.getId()), today());
    List<RecordVerification.Line> lines =
        pathway.stream()
            .filter(r -> standings.containsKey(r.getCode()))
            .map(
                r -> {
                  Standing s = standings.get(r.getCode());
                  return new RecordVerification.Line(
                      r.getCode(),
                      r.getTitle(),
                      s.status().label(),
                      s.detail(),
                      r.isReimbursementCondition() ? s.meetsCondition() : null);
                })
            .toList();
    em.createNamedQuery(RecordVerification.SUPERSEDE)
        .setParameter("now", clock.instant())
        .setParameter("coach", coach.getId())
        .executeUpdate();
    LinkTokens.Issued token = LinkTokens.issue();
    RecordVerification issued =
        new RecordVerification(
            coach.getId(),
            token.hash(),
            coach.getDisplayName(),
            pcnName(coach),
            today(),
            clock.instant(),
            lines);
    em.persist(issued);
    em.flush();
    String address = hub.absolute(VERIFY_PATH + token.secret());
    audit.record(
        "training record PDF issued",
        "Record of account " + coach.getId() + ": verification " + issued.getId());
    byte[] pdf =
        RecordPdf.render(
            new RecordPdf.Content(
                hub.getName(),
                issued.getCoachName(),
                records.pathwayName(coach.getId()),
                issued.getPcnName(),
                issued.getIssuedOn(),
                lines,
                address));
    return new IssuedPdf(pdf, "training-record-" + issued.getIssuedOn() + ".pdf", address);
  }

  /** When the caller's current record PDF was issued; empty when none is current. */
  @Allowed(Role.COACH)
  public Optional<LocalDate> currentPdfIssuedOn() {
    return em.createNamedQuery(RecordVerification.CURRENT_OF_COACH, RecordVerification.class)
        .setParameter("coach", caller.id())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(RecordVerification::getIssuedOn);
  }

  /**
   * Withdraws the caller's current record PDF: its verification address says "not valid" from now
   * on. Audited.
   *
   * @return whether there was one to withdraw
   */
  @Allowed(Role.COACH)
  public boolean withdrawPdf() {
    long coachId = caller.id();
    int withdrawn =
        em.createNamedQuery(RecordVerification.REVOKE)
            .setParameter("now", clock.instant())
            .setParameter("coach", coachId)
            .executeUpdate();
    if (withdrawn > 0) {
      audit.record("training record PDF withdrawn", "Record of account " + coachId);
    }
    return withdrawn > 0;
  }

  /**
   * The record a verification address stands for, for anyone (no sign-in), while it is current;
   * empty for a secret that is unknown, tampered with, withdrawn or replaced, which all look the
   * same to the holder.
   */
  public Optional<RecordVerification> verify(String secret) {
    return LinkTokens.lookupHash(secret)
        .flatMap(
            hash ->
                em.createNamedQuery(RecordVerification.BY_HASH, RecordVerification.class)
                    .setParameter("hash", hash)
                    .getResultStream()
                    .findFirst())
        .filter(v -> LinkTokens.matches(secret, v.getTokenHash()))
        .filter(RecordVerification::isCurrent);
  }

  private static String pcnName(Account coach) {
    return coach.getPcn() == null ? null : coach.getPcn().getName();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(HubClock.HUB_ZONE));
  }
}
