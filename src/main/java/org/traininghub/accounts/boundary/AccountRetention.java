package org.traininghub.accounts.boundary;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.traininghub.platform.retention.RetentionJob;

/**
 * What accounts keep no longer than needed: registrations never confirmed go after 7 days, with the
 * mail sent to them; used and expired links 30 days after they expired. (Sign-in failures are
 * trimmed by {@link SignInGuard} as it records them.)
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class AccountRetention extends RetentionJob {

  static final Duration UNCONFIRMED_KEPT = Duration.ofDays(7);
  static final Duration LINKS_KEPT = Duration.ofDays(30);

  @PersistenceContext EntityManager em;

  @Override
  protected String forgetOld(Instant now) {
    // The mail's rows name the account since V11 (and go with it), older ones only its address.
    int mail =
        em.createNativeQuery(
                "DELETE m FROM mail_outbox m JOIN account a ON a.email = m.recipient"
                    + " WHERE a.status = 'UNVERIFIED' AND a.created_at < ?1")
            .setParameter(1, utc(now.minus(UNCONFIRMED_KEPT)))
            .executeUpdate();
    int accounts =
        em.createNativeQuery("DELETE FROM account WHERE status = 'UNVERIFIED' AND created_at < ?1")
            .setParameter(1, utc(now.minus(UNCONFIRMED_KEPT)))
            .executeUpdate();
    int links =
        em.createNativeQuery("DELETE FROM account_token WHERE expires_at < ?1")
            .setParameter(1, utc(now.minus(LINKS_KEPT)))
            .executeUpdate();
    return accounts + links + mail == 0
        ? null
        : accounts + " unconfirmed registrations (" + mail + " mails) and " + links + " old links";
  }
}
