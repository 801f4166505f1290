package org.traininghub.accounts.boundary;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.mail.boundary.Outbox;

/**
 * Keeps personal data no longer than needed, at start and every hour on every instance (each step
 * is an idempotent DELETE, so instances running it together do no harm): registrations never
 * confirmed go after 7 days, with the mail sent to them; used and expired links after 30 days; sent
 * mail after {@code hub.mail.keep-days}.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class Housekeeping {

  static final Duration UNCONFIRMED_KEPT = Duration.ofDays(7);
  static final Duration LINKS_KEPT = Duration.ofDays(30);

  private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "hub.mail.keep-days", defaultValue = "90")
  int mailKeepDays;

  /** Once at start, then every hour. */
  @PostConstruct
  void atStart() {
    hourly();
  }

  @Schedule(hour = "*", minute = "17", persistent = false, info = "housekeeping")
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void hourly() {
    Instant now = clock.instant();
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
    int sent = outbox.forgetSentBefore(now.minus(Duration.ofDays(mailKeepDays)));
    if (accounts + links + sent + mail > 0) {
      LOG.info(
          () ->
              "Housekeeping removed "
                  + accounts
                  + " unconfirmed registrations, "
                  + links
                  + " old links and "
                  + (sent + mail)
                  + " old mails");
    }
  }
}
