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
 * address, a soft bounce is only recorded. An address that is no subscriber's is not kept. A report
 * that names the Message-ID of the message that bounced is matched to the hub's own message by it
 * ({@code mail_outbox.message_id}, V40's index): the bounce is the address the hub sent that
 * message to, whatever address the report names (a forwarding address, an alias); the address named
 * is used only when the message is not (or no longer) in the outbox.
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
    return record(email, null, kind, source, detail);
  }

  /**
   * Records a bounce of the message {@code messageId} (may be null), reported for {@code email}.
   *
   * @return whether the address is a subscriber's (and the bounce was recorded)
   */
  public boolean record(
      String email, String messageId, BounceKind kind, BounceSource source, String detail) {
    Optional<String> sentTo = sentTo(messageId);
    if (sentTo.isPresent() && !sentTo.get().equalsIgnoreCase(email)) {
      String reported = email;
      LOG.info(
          () -> "A report for " + reported + " matched by its Message-ID to the hub's message");
      email = sentTo.get();
    }
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

  /** The address the hub sent the message {@code messageId} to, if it is still in the outbox. */
  private Optional<String> sentTo(String messageId) {
    if (messageId == null) {
      return Optional.empty();
    }
    return em.createNativeQuery("SELECT recipient FROM mail_outbox WHERE message_id = ?1 LIMIT 1")
        .setParameter(1, messageId)
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }
}
