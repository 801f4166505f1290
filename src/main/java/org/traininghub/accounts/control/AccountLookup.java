package org.traininghub.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.AccountRules;

/**
 * The one place that finds an account by its address, as typed: surrounding spaces and case do not
 * matter, and what cannot be an address finds nothing without asking the database.
 */
@Dependent
public class AccountLookup {

  @PersistenceContext EntityManager em;

  /** The account with this address, if there is one. */
  public Optional<Account> byEmail(String email) {
    if (!searchable(email)) {
      return Optional.empty();
    }
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", Account.normaliseEmail(email))
        .getResultStream()
        .findFirst();
  }

  /** The id of the account with this address, without loading it. */
  public Optional<Long> idByEmail(String email) {
    if (!searchable(email)) {
      return Optional.empty();
    }
    return em.createNamedQuery(Account.ID_BY_EMAIL, Long.class)
        .setParameter("email", Account.normaliseEmail(email))
        .getResultStream()
        .findFirst();
  }

  /** Whether an account has this address. */
  public boolean exists(String email) {
    return idByEmail(email).isPresent();
  }

  private static boolean searchable(String email) {
    return email != null && !email.isBlank() && email.strip().length() <= AccountRules.EMAIL_MAX;
  }
}
