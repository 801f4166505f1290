package org.traininghub.newsletter.control;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.traininghub.newsletter.entity.SuppressionReason;

/**
 * The addresses that get no newsletter, whatever list brings them back: kept by address, so that an
 * import or a new sign-up by someone else changes nothing.
 */
@ApplicationScoped
public class Suppressions {

  @PersistenceContext EntityManager em;

  @Inject SubscriberLinks links;

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
   * Lifts an unsubscription when the address's owner confirms a new sign-up with the emailed link
   * (also one kept as a code after the address's data was erased); a bounce or a complaint stays.
   */
  public void resubscribed(String email) {
    em.createNativeQuery(
            "DELETE FROM newsletter_suppression WHERE email IN (?1, ?2) AND reason = 'UNSUBSCRIBED'")
        .setParameter(1, email)
        .setParameter(2, links.addressDigest(email))
        .executeUpdate();
  }

  /** Whether {@code email} is suppressed, by its address or by the code kept after an erasure. */
  public boolean isSuppressed(String email) {
    return reason(email).isPresent();
  }

  /** Why {@code email} is suppressed, if it is. */
  public Optional<SuppressionReason> reason(String email) {
    List<?> reasons =
        em.createNativeQuery("SELECT reason FROM newsletter_suppression WHERE email IN (?1, ?2)")
            .setParameter(1, email)
            .setParameter(2, links.addressDigest(email))
            .getResultList();
    return reasons.stream().map(r -> SuppressionReason.valueOf((String) r)).findFirst();
  }

  /**
   * Erases {@code email} from the list but keeps it suppressed: its row becomes one keyed by the
   * address's code ({@link SubscriberLinks#addressDigest}), with the reason it had, or
   * UNSUBSCRIBED.
   */
  public void keepOnlyCode(String email, Instant now) {
    SuppressionReason reason = reason(email).orElse(SuppressionReason.UNSUBSCRIBED);
    em.createNativeQuery("DELETE FROM newsletter_suppression WHERE email = ?1")
        .setParameter(1, email)
        .executeUpdate();
    suppress(links.addressDigest(email), reason, now);
  }
}
