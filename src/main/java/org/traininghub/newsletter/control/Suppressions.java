package org.traininghub.newsletter.control;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.traininghub.newsletter.entity.SuppressionReason;

/**
 * The addresses that get no newsletter, whatever list brings them back: kept by address, so that an
 * import or a new sign-up by someone else changes nothing.
 */
@ApplicationScoped
public class Suppressions {

  @PersistenceContext EntityManager em;

  /**
   * Suppresses {@code email} for {@code reason}; an address already suppressed keeps its reason.
   */
  public void suppress(String email, SuppressionReason reason, Instant now) {
    em.createNativeQuery(
            "INSERT INTO newsletter_suppression (email, reason, since) VALUES (?1, ?2, ?3)"
                + " ON DUPLICATE KEY UPDATE email = email")
        .setParameter(1, email)
        .setParameter(2, reason.name())
        .setParameter(3, utc(now))
        .executeUpdate();
  }

  /**
   * Lifts an unsubscription when the address's owner confirms a new sign-up with the emailed link;
   * a bounce or a complaint stays.
   */
  public void resubscribed(String email) {
    em.createNativeQuery(
            "DELETE FROM newsletter_suppression WHERE email = ?1 AND reason = 'UNSUBSCRIBED'")
        .setParameter(1, email)
        .executeUpdate();
  }

  public boolean isSuppressed(String email) {
    return !em.createNativeQuery("SELECT 1 FROM newsletter_suppression WHERE email = ?1")
        .setParameter(1, email)
        .getResultList()
        .isEmpty();
  }
}
