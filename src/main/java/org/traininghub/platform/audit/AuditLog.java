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
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.paging.SortKey;
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

  /** Page {@code request} of the log, newest first: three statements, whatever the page. */
  @Allowed(Role.HUB_ADMIN)
  public Page<Line> page(PageRequest request) {
    Page<AuditEntry> entries =
        new ListQuery("audit_entry e")
            .orderBy(Order.NEWEST)
            .page(em, request, this::withIds, AuditEntry::getId);
    Map<Long, String> actors =
        actorNames.of(
            entries.items().stream()
                .map(AuditEntry::getActorId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    return entries.map(
        e ->
            new Line(
                e,
                e.getActorId() == null
                    ? "The portal"
                    : actors.getOrDefault(e.getActorId(), "A deleted account")));
  }

  private List<AuditEntry> withIds(List<Long> ids) {
    return em.createQuery("SELECT e FROM AuditEntry e WHERE e.id IN :ids", AuditEntry.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The log's order: newest first ({@code ix_audit_entry_at} holds it). */
  enum Order implements SortKey {
    NEWEST;

    @Override
    public String orderBy() {
      return "e.at DESC, e.id DESC";
    }
  }

  @Allowed(Role.HUB_ADMIN)
  public long count() {
    return em.createQuery("SELECT COUNT(e) FROM AuditEntry e", Long.class).getSingleResult();
  }
}
