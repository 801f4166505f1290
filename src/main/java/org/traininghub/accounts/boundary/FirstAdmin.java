package org.traininghub.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.accounts.control.AccountLookup;
import org.traininghub.accounts.control.Passwords;
import org.traininghub.accounts.entity.Account;
import org.traininghub.platform.security.Role;

/**
 * Creates the first hub admin from configuration ({@code HUB_ADMIN_EMAIL}, {@code
 * HUB_ADMIN_PASSWORD}) when no account has that address. An existing account is left alone, so the
 * setting never resets a password that was changed in the portal.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdmin {

  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  @Inject AccountLookup lookup;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "hub.admin.email")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "hub.admin.password")
  Optional<String> password;

  @PostConstruct
  void ensureFirstAdmin() {
    if (email.isEmpty() || email.get().isBlank()) {
      LOG.info("hub.admin.email is not set: no first hub admin is created");
      return;
    }
    String address = Account.normaliseEmail(email.get());
    boolean exists = lookup.exists(address);
    if (exists) {
      return;
    }
    if (password.isEmpty() || password.get().length() < Passwords.MINIMUM_LENGTH) {
      LOG.severe(
          "hub.admin.password must be set to at least "
              + Passwords.MINIMUM_LENGTH
              + " characters: the first hub admin was not created");
      return;
    }
    em.persist(
        new Account(
            address,
            "Hub admin",
            passwords.hash(password.get().toCharArray()),
            Role.HUB_ADMIN,
            clock.instant()));
    LOG.info(() -> "Created the first hub admin, " + address);
  }
}
