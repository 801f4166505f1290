package org.traininghub.platform.audit;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.platform.retention.RetentionJob;

/**
 * Audit entries older than {@code hub.audit.keep-days} are deleted; 0 (the default) keeps them all,
 * as the portal always has, until the hub decides how long its records policy keeps them.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class AuditRetention extends RetentionJob {

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "hub.audit.keep-days", defaultValue = "0")
  int keepDays;

  @Override
  protected String forgetOld(Instant now) {
    if (keepDays <= 0) {
      return null;
    }
    int entries =
        em.createNativeQuery("DELETE FROM audit_entry WHERE at < ?1")
            .setParameter(1, utc(now.minus(Duration.ofDays(keepDays))))
            .executeUpdate();
    return entries == 0 ? null : entries + " audit entries";
  }
}
