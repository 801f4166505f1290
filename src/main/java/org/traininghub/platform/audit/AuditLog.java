package org.traininghub.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;

/**
 * Records actions in the transaction that makes them (so a rolled-back change leaves no entry), and
 * lists them for hub admins, newest first.
 */
@Stateless
public class AuditLog {

  public static final int PAGE_SIZE = 50;

  @PersistenceContext EntityManager em;

  @Inject CurrentAccount caller;

  @Inject ActorNames actorNames;

  @Inject Clock clock;

  /** One row of the admins' list, with the actor as people know them. */
  public record Line(AuditEntry entry, String actor) {}

  /** Records that the signed-in caller did {@code action} to {@code subject}. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(String action, String subject) {
    em.persist(new AuditEntry(clock.instant(), caller.accountId().orElse(null), action, subject));
  }

  /**
   * Records an action by the account {@code actorId} that is not (yet) signed in: registering,
   * resetting a password, signing in.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordAs(Long actorId, String action, String subject) {
    em.persist(new AuditEntry(clock.instant(), actorId, action, subject));
  }

  /** The newest entries, {@link #PAGE_SIZE} a page, counting pages from 1. */
  @Allowed(Role.HUB_ADMIN)
  public List<Line> page(int page) {
    List<AuditEntry> entries =
        em.createQuery("SELECT e FROM AuditEntry e ORDER BY e.at DESC, e.id DESC", AuditEntry.class)
            .setFirstResult(PageRequest.of(page, PAGE_SIZE).offset())
            .setMaxResults(PAGE_SIZE)
            .getResultList();
    Map<Long, String> actors =
        actorNames.of(
            entries.stream()
                .map(AuditEntry::getActorId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
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

  @Allowed(Role.HUB_ADMIN)
  public long count() {
    return em.createQuery("SELECT COUNT(e) FROM AuditEntry e", Long.class).getSingleResult();
  }
}
