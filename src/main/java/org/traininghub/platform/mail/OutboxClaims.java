package org.traininghub.platform.mail;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The dispatcher's moves on the outbox, each in a short transaction of its own. Claiming locks due
 * rows with {@code FOR UPDATE SKIP LOCKED}, so two instances never claim the same row, and marks
 * them {@code SENDING} with a lease: a row whose claimer died is due again when the lease ends.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxClaims {

  /** This instance, as {@code pid@host}. */
  static final String INSTANCE = instanceName();

  @PersistenceContext EntityManager em;

  private static String instanceName() {
    String name = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
    return name.length() > 100 ? name.substring(0, 100) : name;
  }

  /** A message claimed for one attempt ({@code attempt} counts from 1). */
  public record Claimed(long id, int attempt, String messageId, String recipient, Mail mail) {}

  public List<Claimed> claim(Instant now, Instant leaseUntil, int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM mail_outbox"
                    + " WHERE (status IN ('PENDING', 'FAILED') AND next_attempt_at <= ?1)"
                    + " OR (status = 'SENDING' AND lease_until <= ?1)"
                    + " ORDER BY next_attempt_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, utc(now))
            .setParameter(2, limit)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> claimed = ids.stream().map(Number::longValue).toList();
    em.createNativeQuery(
            "UPDATE mail_outbox SET status = 'SENDING', attempts = attempts + 1, lease_until = ?1,"
                + " claimed_by = ?2 WHERE id IN ("
                // ids read just above: numbers, never text from outside
                + claimed.stream().map(String::valueOf).collect(Collectors.joining(","))
                + ")")
        .setParameter(1, utc(leaseUntil))
        .setParameter(2, INSTANCE)
        .executeUpdate();
    return em.createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.id IN :ids ORDER BY m.id", OutboxMessage.class)
        .setParameter("ids", claimed)
        .getResultStream()
        .map(
            m ->
                new Claimed(
                    m.getId(),
                    m.getAttempts(),
                    m.getMessageId(),
                    m.getRecipient(),
                    new Mail(m.getSubject(), m.getBodyText(), m.getBodyHtml())))
        .toList();
  }

  /** Marks the claimed attempt sent; does nothing if the lease was lost meanwhile. */
  public void sent(Claimed claimed, Instant now) {
    em.createNativeQuery(
            "UPDATE mail_outbox SET status = 'SENT', sent_at = ?1, lease_until = NULL,"
                + " last_error = NULL WHERE id = ?2 AND status = 'SENDING' AND attempts = ?3")
        .setParameter(1, utc(now))
        .setParameter(2, claimed.id())
        .setParameter(3, claimed.attempt())
        .executeUpdate();
  }

  /** Records a failed attempt: due again at {@code nextAttempt}, or dead when {@code dead}. */
  public void failed(Claimed claimed, String error, Instant nextAttempt, boolean dead) {
    em.createNativeQuery(
            "UPDATE mail_outbox SET status = ?1, next_attempt_at = ?2, lease_until = NULL,"
                + " last_error = ?3 WHERE id = ?4 AND status = 'SENDING' AND attempts = ?5")
        .setParameter(1, dead ? "DEAD" : "FAILED")
        .setParameter(2, utc(nextAttempt))
        .setParameter(3, error.length() > 1000 ? error.substring(0, 1000) : error)
        .setParameter(4, claimed.id())
        .setParameter(5, claimed.attempt())
        .executeUpdate();
  }
}
