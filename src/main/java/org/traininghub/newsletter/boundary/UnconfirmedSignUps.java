package org.traininghub.newsletter.boundary;

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
import org.traininghub.newsletter.control.JobClaims;
import org.traininghub.platform.retention.RetentionJob;

/**
 * Sign-ups never confirmed go after {@code hub.newsletter.unconfirmed-days} (14): the subscriber
 * who never followed the link, with their consent request, links and topics. A subscriber who once
 * confirmed keeps their record. Runs with the retention jobs, claimed in the database ({@link
 * JobClaims}) so that of several instances one deletes in each period.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class UnconfirmedSignUps extends RetentionJob {

  @PersistenceContext EntityManager em;

  @Inject JobClaims claims;

  @Inject
  @ConfigProperty(name = "hub.newsletter.unconfirmed-days", defaultValue = "14")
  int unconfirmedDays;

  @Inject
  @ConfigProperty(name = "hub.retention.every-seconds", defaultValue = "3600")
  long everySeconds;

  @Override
  protected String forgetOld(Instant now) {
    Duration period = Duration.ofSeconds(Math.max(1, everySeconds));
    if (!claims.claim(JobClaims.UNCONFIRMED_CLEANUP, now, now.plus(period).minusMillis(500))) {
      return null;
    }
    Instant before = now.minus(Duration.ofDays(Math.max(1, unconfirmedDays)));
    int gone =
        em.createNativeQuery(
                "DELETE FROM newsletter_subscriber WHERE status = 'PENDING' AND created_at < ?1"
                    + " AND NOT EXISTS (SELECT 1 FROM newsletter_consent c"
                    + " WHERE c.subscriber_id = newsletter_subscriber.id"
                    + " AND (c.given_at >= ?2 OR c.confirmed_at IS NOT NULL))")
            .setParameter(1, utc(before))
            .setParameter(2, utc(before))
            .executeUpdate();
    return gone == 0 ? null : gone + " newsletter sign-ups never confirmed";
  }
}
