package org.traininghub.records.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.traininghub.accounts.entity.Account;
import org.traininghub.pcns.control.PcnScope;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.paging.SortKey;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.platform.time.HubClock;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.PlainText;
import org.traininghub.platform.validation.Problem;
import org.traininghub.records.control.VerificationMail;
import org.traininghub.records.entity.Completion;
import org.traininghub.records.entity.Requirement;
import org.traininghub.records.entity.Stage;

/**
 * The queue of completions awaiting verification, and the reviewer's decision on each: hub admins
 * see every coach's, a PCN lead their own PCN's ({@link PcnScope}), nobody their own. A decision is
 * a conditional update (only an undecided entry changes), so two reviewers deciding the same entry
 * at once make one decision; the coach is emailed and the decision audited in the same transaction,
 * and the coach's status changes at once (it is computed on every read).
 */
@Stateless
public class Verifications {

  /** The longest reason a rejection may give (the column's size). */
  public static final int REASON_MAX = 500;

  @PersistenceContext EntityManager em;

  @Inject CurrentAccount caller;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject VerificationMail mail;

  /** One entry of the queue, as the page shows it. */
  public record Line(
      long id,
      String coach,
      String pcn,
      String code,
      String requirement,
      String item,
      LocalDate completedOn,
      BigDecimal hours,
      boolean evidence)
      implements Serializable {}

  /** The queue's order: waiting longest first ({@code ix_record_completion_queue} holds it). */
  enum Order implements SortKey {
    OLDEST;

    @Override
    public String orderBy() {
      return "c.recorded_at, c.id";
    }
  }

  /**
   * The entries of page {@code request} of the caller's queue of {@code total} entries (as {@link
   * #count} counted them), oldest first: two statements (the ids, read from the nearer end of the
   * queue, then their lines) whatever the page.
   */
  @Allowed({Role.HUB_ADMIN, Role.PCN_LEAD})
  public List<Line> page(PageRequest request, long total) {
    return ListQuery.inOrder(queue(null).ids(em, request, total), this::lines, Line::id);
  }

  /** How many entries await the caller's decision. */
  @Allowed({Role.HUB_ADMIN, Role.PCN_LEAD})
  public long count() {
    return queue(null).count(em);
  }

  /**
   * Entry {@code id} if it is one the caller may decide on (in their scope, not their own), whether
   * or not it awaits a decision; empty for any other id, as for one that does not exist.
   */
  @Allowed({Role.HUB_ADMIN, Role.PCN_LEAD})
  public Optional<Completion> reviewable(long id) {
    Completion completion = em.find(Completion.class, id);
    if (completion == null
        || completion.getCoachId() == caller.id()
        || !PcnScope.of(caller).covers(pcnOf(completion.getCoachId()))) {
      return Optional.empty();
    }
    return Optional.of(completion);
  }

  /** The queue's one entry {@code id}, if it awaits the caller's decision. */
  @Allowed({Role.HUB_ADMIN, Role.PCN_LEAD})
  public Optional<Line> awaiting(long id) {
    return ListQuery.inOrder(queue(id).ids(em, new PageRequest(1, 1)), this::lines, Line::id)
        .stream()
        .findFirst();
  }

  /**
   * Why entry {@code id} is not (or no longer) in the caller's queue, said so that they know what
   * to do; empty while it awaits their decision.
   */
  @Allowed({Role.HUB_ADMIN, Role.PCN_LEAD})
  public Optional<String> whyNotAwaiting(long id) {
    Completion completion = em.find(Completion.class, id);
    if (completion == null || !PcnScope.of(caller).covers(pcnOf(completion.getCoachId()))) {
      return Optional.of(
          "There is no such entry in your queue: choose one from the list of entries awaiting"
              + " verification.");
    }
    if (completion.getCoachId() == caller.id()) {
      return Optional.of(
          "This is your own training: another reviewer verifies it, not you. Nothing was changed.");
    }
    if (completion.isVerified()) {
      return Optional.of(
          "This entry was already verified on "
              + day(completion.getVerifiedAt())
              + ". Nothing was changed.");
    }
    if (completion.isRejected()) {
      return Optional.of(
          "This entry was already rejected on "
              + day(completion.getRejectedAt())
              + " (\""
              + completion.getRejectionReason()
              + "\"). Nothing was changed.");
    }
    if (completion.getStage() != Stage.COMPLETED) {
      return Optional.of(
          "Only completed training is verified; this entry says "
              + completion.getStage().label().toLowerCase(java.util.Locale.ROOT)
              + ".");
    }
    if (corrected(id)) {
      return Optional.of(
          "The coach has corrected this entry: decide on the correction instead. Nothing was"
              + " changed.");
    }
    return Optional.empty();
  }

  /**
   * Verifies entry {@code id} and emails its coach.
   *
   * @throws InvalidInputException when it is not in the caller's queue (another PCN's, the caller's
   *     own, already decided, corrected, or not there): nothing changes
   */
  @Allowed({Role.HUB_ADMIN, Role.PCN_LEAD})
  public void verify(long id) {
    Completion completion = decide(id, em.createNamedQuery(Completion.VERIFY));
    Requirement requirement = em.find(Requirement.class, completion.getRequirementId());
    mail.verified(completion, coach(completion), requirement);
    audit.record("training entry verified", subject(completion, requirement));
  }

  /**
   * Rejects entry {@code id} with {@code reason} (required, for the coach) and emails its coach.
   *
   * @throws InvalidInputException when the reason is missing or too long, or the entry is not in
   *     the caller's queue: nothing changes
   */
  @Allowed({Role.HUB_ADMIN, Role.PCN_LEAD})
  public void reject(long id, String reason) {
    List<Problem> problems = new ArrayList<>();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      problems.add(
          new Problem(
              "reason", "Say why the entry is not accepted, so that the coach can put it right"));
    } else if (why.length() > REASON_MAX) {
      problems.add(
          new Problem("reason", "The reason must be " + REASON_MAX + " characters or fewer"));
    } else if (PlainText.hasUnshowable(why)) {
      problems.add(new Problem("reason", "The reason must not contain control characters"));
    }
    InvalidInputException.throwIfAny(problems);
    Completion completion =
        decide(id, em.createNamedQuery(Completion.REJECT).setParameter("reason", why));
    Requirement requirement = em.find(Requirement.class, completion.getRequirementId());
    mail.rejected(completion, coach(completion), requirement, why);
    audit.record("training entry rejected", subject(completion, requirement));
  }

  /**
   * Runs the conditional {@code update} of entry {@code id} (its decision) as the caller, now.
   *
   * @throws InvalidInputException when the entry is not in the caller's queue, or another
   *     reviewer's decision came first (the update changed no row)
   */
  private Completion decide(long id, Query update) {
    Optional<String> why = whyNotAwaiting(id);
    if (why.isPresent()) {
      throw new InvalidInputException(List.of(new Problem("completion", why.get())));
    }
    Completion completion = em.find(Completion.class, id);
    int updated =
        update
            .setParameter("at", clock.instant())
            .setParameter("by", caller.id())
            .setParameter("id", id)
            .executeUpdate();
    if (updated == 0) {
      throw alreadyDecided(id);
    }
    new ComplianceSummaries(em).touch(completion.getCoachId());
    return completion;
  }

  /** The other reviewer's decision came first: say which it was. */
  private InvalidInputException alreadyDecided(long id) {
    em.clear();
    return new InvalidInputException(
        List.of(
            new Problem(
                "completion",
                whyNotAwaiting(id)
                    .orElse(
                        "Someone decided on this entry at the same time. Nothing was changed."))));
  }

  private boolean corrected(long id) {
    return em.createNamedQuery(Completion.CORRECTIONS_OF, Long.class)
            .setParameter("id", id)
            .getSingleResult()
        > 0;
  }

  /**
   * The caller's queue (or its entry {@code only}): completed entries neither verified, rejected
   * nor corrected, of coaches in the caller's scope, not the caller's own.
   */
  private ListQuery queue(Long only) {
    ListQuery query =
        new ListQuery("record_completion c")
            .where("c.stage = ?", Stage.COMPLETED.name())
            .where("c.verified_at IS NULL")
            .where("c.rejected_at IS NULL")
            .where("NOT EXISTS (SELECT 1 FROM record_completion s WHERE s.supersedes_id = c.id)")
            .where("c.coach_id <> ?", caller.id());
    PcnScope.of(caller)
        .onlyPcn()
        .ifPresent(
            pcn ->
                query.where("c.coach_id IN (SELECT a.id FROM account a WHERE a.pcn_id = ?)", pcn));
    if (only != null) {
      query.where("c.id = ?", only);
    }
    return query.orderBy(Order.OLDEST);
  }

  /**
   * The lines of entries {@code ids}, with their coach, PCN, requirement and item: one statement.
   */
  private List<Line> lines(List<Long> ids) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.id, a.display_name, p.name, r.code, r.title, i.title, c.completed_on,"
                    + " c.hours, (SELECT COUNT(*) FROM completion_evidence e"
                    + " WHERE e.completion_id = c.id)"
                    + " FROM record_completion c"
                    + " JOIN account a ON a.id = c.coach_id"
                    + " JOIN requirement r ON r.id = c.requirement_id"
                    + " LEFT JOIN pcn p ON p.id = a.pcn_id"
                    + " LEFT JOIN catalogue_item i ON i.id = c.catalogue_item_id"
                    + " WHERE c.id IN ("
                    + String.join(",", ids.stream().map(String::valueOf).toList())
                    + ")")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Line(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    localDate(r[6]),
                    r[7] == null ? null : new BigDecimal(r[7].toString()),
                    ((Number) r[8]).longValue() > 0))
        .toList();
  }

  private static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  private Account coach(Completion completion) {
    return em.find(Account.class, completion.getCoachId());
  }

  private Long pcnOf(long coachId) {
    Account coach = em.find(Account.class, coachId);
    return coach == null || coach.getPcn() == null ? null : coach.getPcn().getId();
  }

  private static String subject(Completion completion, Requirement requirement) {
    return "Record of account "
        + completion.getCoachId()
        + ": "
        + requirement.getCode()
        + " entry "
        + completion.getId();
  }

  private static String day(java.time.Instant at) {
    return BritishDates.format(LocalDate.ofInstant(at, HubClock.HUB_ZONE));
  }
}
