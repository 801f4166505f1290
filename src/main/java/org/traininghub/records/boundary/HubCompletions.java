package org.traininghub.records.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.traininghub.accounts.entity.Account;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.time.HubClock;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;
import org.traininghub.records.control.CompletionCsv;
import org.traininghub.records.entity.Completion;
import org.traininghub.records.entity.Pathway;
import org.traininghub.records.entity.Requirement;
import org.traininghub.records.entity.RequirementKind;
import org.traininghub.records.entity.Stage;

/**
 * Completions the hub records itself, verified at once and audited: those a hub brings with it,
 * imported from a CSV file (all rows or none), and those of coaches the hub saw attend an event
 * delivering a required item (events calls {@link #attended} in the transaction that marks the
 * register; records never calls events).
 */
@Stateless
@Allowed(Role.HUB_ADMIN)
public class HubCompletions {

  @PersistenceContext EntityManager em;

  @Inject CurrentAccount caller;

  @Inject AuditLog audit;

  @Inject Clock clock;

  /** Reads and checks an uploaded file for the preview; saves nothing. */
  public CompletionCsv.Result check(InputStream in) {
    return check(CompletionCsv.parse(in));
  }

  private CompletionCsv.Result check(CompletionCsv.Result parsed) {
    if (!parsed.fileProblems().isEmpty()) {
      return parsed;
    }
    Map<String, Map<String, CompletionCsv.Target>> targets = new LinkedHashMap<>();
    for (Pathway pathway : em.createNamedQuery(Pathway.ALL, Pathway.class).getResultList()) {
      Map<String, CompletionCsv.Target> ofRole = new LinkedHashMap<>();
      for (Requirement r : completionRequirements(pathway.getRoleCode())) {
        ofRole.put(
            r.getCode(),
            new CompletionCsv.Target(
                r.getId(), r.getCode(), Set.copyOf(r.getItemIds()), r.getAnyItemKind()));
      }
      targets.put(pathway.getRoleCode(), ofRole);
    }
    Map<String, Long> coaches = new HashMap<>();
    Set<String> emails = parsed.emails();
    if (!emails.isEmpty()) {
      em.createQuery(
              "SELECT a.email, a.id FROM Account a WHERE a.email IN :emails"
                  + " AND a.role = org.traininghub.platform.security.Role.COACH",
              Object[].class)
          .setParameter("emails", List.copyOf(emails))
          .getResultList()
          .forEach(row -> coaches.put((String) row[0], (Long) row[1]));
    }
    Map<String, CompletionCsv.Item> items = new HashMap<>();
    Set<String> slugs = parsed.itemSlugs();
    if (!slugs.isEmpty()) {
      em.createQuery(
              "SELECT i.slug, i.id, i.kind FROM CatalogueItem i WHERE i.slug IN :slugs",
              Object[].class)
          .setParameter("slugs", List.copyOf(slugs))
          .getResultList()
          .forEach(
              row ->
                  items.put(
                      (String) row[0],
                      new CompletionCsv.Item((Long) row[1], String.valueOf(row[2]))));
    }
    Set<String> recorded = new HashSet<>();
    if (!coaches.isEmpty()) {
      for (Object[] c :
          em.createNamedQuery(Completion.FACTS_OF_COACHES, Object[].class)
              .setParameter("coaches", List.copyOf(coaches.values()))
              .getResultList()) {
        if (c[8] == null) { // not rejected
          recorded.add(CompletionCsv.Known.entryKey((Long) c[0], (Long) c[2], (LocalDate) c[4]));
        }
      }
    }
    return CompletionCsv.check(
        parsed,
        new CompletionCsv.Known(
            coaches, targets, items, recorded, JobRoles.of(em, coaches.values())),
        today());
  }

  /**
   * Saves every row of a previewed file, checked again against the database as it is now, in this
   * one transaction; if any row is no longer good, nothing is saved.
   *
   * @return how many completions were recorded
   * @throws InvalidInputException naming the first bad row's line and problem
   */
  public int importCompletions(CompletionCsv.Result previewed, String fileName) {
    CompletionCsv.Result checked = check(previewed);
    if (!checked.saveable()) {
      String problem =
          checked.fileProblems().isEmpty()
              ? checked.rows().stream()
                  .filter(r -> !r.ok())
                  .findFirst()
                  .map(r -> "line " + r.line() + ": " + r.problems().get(0).message())
                  .orElse("the file has no rows")
              : checked.fileProblems().get(0).message();
      throw new InvalidInputException(List.of(new Problem("file", problem)));
    }
    Instant now = clock.instant();
    long admin = caller.id();
    for (CompletionCsv.Entry e : checked.entries()) {
      em.persist(
          Completion.recordedByHub(
              e.coachId(),
              new Completion.Entry(
                  e.requirementId(),
                  e.itemId(),
                  Stage.COMPLETED,
                  e.completedOn(),
                  e.hours(),
                  e.validUntil(),
                  null),
              null,
              admin,
              now,
              today()));
    }
    ComplianceSummaries summaries = new ComplianceSummaries(em);
    checked.entries().stream()
        .map(CompletionCsv.Entry::coachId)
        .distinct()
        .forEach(summaries::touch);
    int count = checked.entries().size();
    audit.record(
        "training entries imported",
        count + " verified completions from " + (fileName == null ? "a CSV file" : fileName));
    return count;
  }

  /**
   * The coach attended booking {@code bookingId} of an event delivering catalogue item {@code
   * itemId} on {@code on}: a verified completion of every requirement of the pathway that the item
   * completes, once per booking and requirement (marking again, or again after "did not attend",
   * counts the same entry again and adds none). Nothing for an account that is not a coach.
   */
  public void attended(long bookingId, long accountId, long itemId, LocalDate on) {
    Account account = em.find(Account.class, accountId);
    CatalogueItem item = em.find(CatalogueItem.class, itemId);
    if (account == null || account.getRole() != Role.COACH || item == null) {
      return;
    }
    Instant now = clock.instant();
    int restored =
        em.createNamedQuery(Completion.RESTORE_ATTENDANCE)
            .setParameter("booking", bookingId)
            .executeUpdate();
    Set<Long> done = new HashSet<>();
    em.createNamedQuery(Completion.OF_BOOKING, Completion.class)
        .setParameter("booking", bookingId)
        .getResultStream()
        .forEach(c -> done.add(c.getRequirementId()));
    int added = 0;
    for (Requirement r : completionRequirements(JobRoles.of(em, accountId))) {
      boolean accepts =
          r.getItemIds().contains(itemId) || item.getKind().name().equals(r.getAnyItemKind());
      if (accepts && !done.contains(r.getId())) {
        em.persist(
            Completion.recordedByHub(
                accountId,
                new Completion.Entry(r.getId(), itemId, Stage.COMPLETED, on, null, null, null),
                bookingId,
                caller.id(),
                now,
                today()));
        added++;
      }
    }
    if (added + restored > 0) {
      em.flush();
      new ComplianceSummaries(em).touch(accountId);
      audit.record(
          "training entry from attendance",
          "Record of account " + accountId + ": booking " + bookingId + ", " + item.getTitle());
    }
  }

  /** The register now says the coach of booking {@code bookingId} did not attend. */
  public void notAttended(long bookingId) {
    ComplianceSummaries summaries = new ComplianceSummaries(em);
    em.createNamedQuery(Completion.OF_BOOKING, Completion.class)
        .setParameter("booking", bookingId)
        .getResultStream()
        .map(Completion::getCoachId)
        .distinct()
        .forEach(summaries::touch);
    int withdrawn =
        em.createNamedQuery(Completion.WITHDRAW_ATTENDANCE)
            .setParameter("booking", bookingId)
            .setParameter("at", clock.instant())
            .setParameter("by", caller.id())
            .setParameter("reason", "The event's register says the coach did not attend")
            .executeUpdate();
    if (withdrawn > 0) {
      audit.record("training entry withdrawn", "Booking " + bookingId + ": marked as not attended");
    }
  }

  private List<Requirement> completionRequirements(String role) {
    return em.createNamedQuery(Requirement.OF_ROLE, Requirement.class)
        .setParameter("role", role)
        .getResultStream()
        .filter(r -> r.getKind() == RequirementKind.COMPLETION && !r.isRetired())
        .toList();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(HubClock.HUB_ZONE));
  }
}
