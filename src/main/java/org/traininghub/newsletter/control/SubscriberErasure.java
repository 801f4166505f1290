package org.traininghub.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.traininghub.newsletter.entity.Subscriber;

/**
 * Removes what the newsletter holds about an address: the subscriber with its consents, links,
 * topics and bounces (the database cascades), and the address itself from the suppression list,
 * where only its code stays ({@link Suppressions#keepOnlyCode}) so that no import or list brings it
 * back. In the caller's transaction.
 */
@ApplicationScoped
public class SubscriberErasure {

  @PersistenceContext EntityManager em;

  @Inject Suppressions suppressions;

  @Inject Clock clock;

  /**
   * Erases {@code email}'s subscriber and keeps the address suppressed; an address the newsletter
   * never knew is left alone.
   */
  public void erase(String email) {
    String address = Subscriber.normalise(email);
    Instant now = clock.instant();
    Optional<Subscriber> subscriber =
        em.createNamedQuery(Subscriber.BY_EMAIL, Subscriber.class)
            .setParameter("email", address)
            .getResultStream()
            .findFirst();
    if (subscriber.isEmpty() && !suppressions.isSuppressed(address)) {
      return;
    }
    subscriber.ifPresent(
        s -> {
          em.remove(s);
          em.flush();
        });
    suppressions.keepOnlyCode(address, now);
  }
}
