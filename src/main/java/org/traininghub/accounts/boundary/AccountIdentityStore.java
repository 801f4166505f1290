package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import org.traininghub.accounts.control.AccountLookup;
import org.traininghub.accounts.control.Passwords;
import org.traininghub.accounts.entity.Account;

/**
 * Checks a sign-in against the accounts table. The caller's name is their account id (an address
 * can change and be taken by someone else; an id cannot), their one group is their role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  @Inject AccountLookup lookup;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login) || login.getCaller() == null) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    char[] password = login.getPassword().getValue();
    Optional<Account> account = lookup.byEmail(login.getCaller());
    if (account.isEmpty()) {
      passwords.verifyDecoy(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (account.get().getPasswordHash() == null) {
      passwords.verifyDecoy(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!passwords.verify(password, account.get().getPasswordHash()) || !account.get().isActive()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        String.valueOf(account.get().getId()), Set.of(account.get().getRole().roleName()));
  }
}
