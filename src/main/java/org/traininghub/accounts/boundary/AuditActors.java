package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.traininghub.accounts.entity.Account;
import org.traininghub.platform.audit.ActorNames;

/** Names the audit log's actors by their address, as admins know them. */
@ApplicationScoped
public class AuditActors implements ActorNames {

  @PersistenceContext EntityManager em;

  @Override
  public Map<Long, String> of(Set<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
        .setParameter("ids", accountIds)
        .getResultStream()
        .collect(Collectors.toMap(Account::getId, Account::getEmail));
  }
}
