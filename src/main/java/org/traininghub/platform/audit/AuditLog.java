package org.traininghub.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.traininghub.accounts.entity.Account;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.security.Caller;
import org.traininghub.platform.security.HubAdminOnly;

/**
 * Records actions in the transaction that makes them (so a rolled-back change leaves no entry), and
 * lists them for hub admins, newest first.
 */
@Stateless
public class AuditLog {

  public static final int PAGE_SIZE = 50;

  @PersistenceContext EntityManager em;

  @Inject SecurityContext security;

  @Inject Clock clock;

  /** One row of the admins' list, with the actor as people know them. */
  public record Line(AuditEntry entry, String actor) {}

  /** Records that the signed-in caller did {@code action} to {@code subject}. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(String action, String subject) {
    em.persist(new AuditEntry(clock.instant(), callerAccountId(), action, subject));
  }

  /**
   * Records an action by the account {@code actorId} that is not (yet) signed in: registering,
   * resetting a password, signing in.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordAs(Long actorId, String action, String subject) {
    em.persist(new AuditEntry(clock.instant(), actorId, action, subject));
  }

  private Long callerAccountId() {
    return Caller.accountIdOf(security.getCallerPrincipal()).orElse(null);
  }

  /** The newest entries, {@link #PAGE_SIZE} a page, counting pages from 1. */
  @HubAdminOnly
  public List<Line> page(int page) {
    List<AuditEntry> entries =
        em.createQuery("SELECT e FROM AuditEntry e ORDER BY e.at DESC, e.id DESC", AuditEntry.class)
            .setFirstResult(PageRequest.of(page, PAGE_SIZE).offset())
            .setMaxResults(PAGE_SIZE)
            .getResultList();
    Map<Long, String> actors = actorNames(entries);
    return entries.stream()
        .map(
            e ->
                new Line(
                    e,
                    e.getActorId() == null
                        ? "The portal"
                        : actors.getOrDefault(e.getActorId(), "A deleted account")))
        .toList();
  }

  @HubAdminOnly
  public long count() {
    return em.createQuery("SELECT COUNT(e) FROM AuditEntry e", Long.class).getSingleResult();
  }

  /** The addresses of the accounts that acted, in one query. */
  private Map<Long, String> actorNames(List<AuditEntry> entries) {
    Set<Long> ids =
        entries.stream()
            .map(AuditEntry::getActorId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Account::getId, Account::getEmail));
  }
}
