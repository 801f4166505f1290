package org.traininghub.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.traininghub.newsletter.entity.Bounce;
import org.traininghub.newsletter.entity.BounceKind;
import org.traininghub.newsletter.entity.BounceSource;
import org.traininghub.newsletter.entity.Subscriber;

/**
 * Records what came back from a mail against the subscriber of its address, whatever told us (the
 * SMTP server while sending, or the bounce mailbox): a hard bounce or a complaint suppresses the
 * address, a soft bounce is only recorded. An address that is no subscriber's is not kept.
 */
@ApplicationScoped
public class Bounces {

  private static final Logger LOG = Logger.getLogger(Bounces.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Suppressions suppressions;

  @Inject Clock clock;

  /**
   * Records a bounce for {@code email} (in the caller's transaction).
   *
   * @return whether the address is a subscriber's (and the bounce was recorded)
   */
  public boolean record(String email, BounceKind kind, BounceSource source, String detail) {
    if (email == null || email.isBlank()) {
      return false;
    }
    Optional<Subscriber> subscriber =
        em.createNamedQuery(Subscriber.BY_EMAIL, Subscriber.class)
            .setParameter("email", Subscriber.normalise(email))
            .getResultStream()
            .findFirst();
    if (subscriber.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    em.persist(new Bounce(subscriber.get(), kind, source, detail, now));
    if (kind.suppresses()) {
      suppressions.suppress(subscriber.get().getEmail(), kind.reason(), now);
    }
    LOG.info(
        () ->
            kind
                + " bounce ("
                + source
                + ") recorded for subscriber "
                + subscriber.get().getId()
                + (kind.suppresses() ? "; the address is suppressed" : ""));
    return true;
  }
}
