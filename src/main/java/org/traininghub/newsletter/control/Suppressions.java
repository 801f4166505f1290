package org.traininghub.newsletter.control;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.traininghub.mail.boundary.Campaigns;
import org.traininghub.newsletter.entity.SuppressionReason;

/**
 * The addresses that get no newsletter, whatever list brings them back: kept by address, so that an
 * import or a new sign-up by someone else changes nothing. Suppressing an address also skips its
 * rows still waiting in campaigns queued before ({@link Campaigns#skipWaiting}): a subscriber who
 * unsubscribes, bounces or complains in the middle of a campaign (or while it is paused) gets none
 * of it after that. The audience queue and a suppression take turns on the {@code audience-queue}
 * row of {@code newsletter_job} (V40), so a chunk being queued either sees the suppression or is
 * committed before the waiting rows are skipped: at READ COMMITTED, without the turn, a chunk read
 * before the suppression commits could add the address after its rows were skipped.
 */
@ApplicationScoped
public class Suppressions {

  @PersistenceContext EntityManager em;

  @Inject SubscriberLinks links;

  @Inject Campaigns campaigns;

  /**
   * Suppresses {@code email} for {@code reason}; an address already suppressed keeps its reason.
   */
  public void suppress(String email, SuppressionReason reason, Instant now) {
    skipWaiting(email);
    insert(email, reason, now);
  }

  /**
   * Skips {@code email}'s waiting campaign rows, after the chunk of an audience being queued now
   * (its lock on the turn row is waited for; suppressions share it among themselves).
   */
  private void skipWaiting(String email) {
    em.createNativeQuery("SELECT name FROM newsletter_job WHERE name = ?1 LOCK IN SHARE MODE")
        .setParameter(1, AUDIENCE_TURN)
        .getResultList();
    campaigns.skipWaiting(email);
  }

  /** The row of {@code newsletter_job} that the audience queue and suppressions take turns on. */
  static final String AUDIENCE_TURN = "audience-queue";

  private void insert(String email, SuppressionReason reason, Instant now) {
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
    skipWaiting(email);
    em.createNativeQuery("DELETE FROM newsletter_suppression WHERE email = ?1")
        .setParameter(1, email)
        .executeUpdate();
    insert(links.addressDigest(email), reason, now);
  }
}
