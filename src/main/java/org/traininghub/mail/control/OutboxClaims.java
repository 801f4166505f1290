package org.traininghub.mail.control;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.traininghub.mail.entity.Lane;
import org.traininghub.mail.entity.MailAttachment;
import org.traininghub.mail.entity.OutboxMessage;

/**
 * The dispatcher's moves on the outbox, each in a short transaction of its own. Claiming locks due
 * rows with {@code FOR UPDATE SKIP LOCKED}, so two instances never claim the same row, and marks
 * them {@code SENDING} with a short lease in the claimer's name: a row whose claimer died is due
 * again when the lease ends. The claimer renews the lease while it works ({@link #renew}), checks
 * it right before each send ({@link #hold}) and gives back what it will not send ({@link
 * #giveBack}); each of these touches a row only while this claim holds it (same claimer, same
 * attempt, lease not run out), so a claim that ran out is never revived. Due transactional rows are
 * claimed before any bulk row; each lane is one range of the index {@code (lane, next_attempt_at)},
 * read in order and only as far as the batch needs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxClaims {

  /** This instance, as {@code pid@host}. */
  static final String INSTANCE = instanceName();

  /**
   * Rows of a campaign on hold (paused or cancelled) are not claimed. Holding a campaign also takes
   * its waiting rows out of the due range, so this test only ever meets the few rows given back
   * after it was held.
   */
  private static final String NOT_ON_HOLD =
      "(campaign_id IS NULL OR campaign_id NOT IN (SELECT c.id FROM mail_campaign c WHERE c.on_hold))";

  @PersistenceContext EntityManager em;

  private static String instanceName() {
    String name = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
    return name.length() > 100 ? name.substring(0, 100) : name;
  }

  /**
   * A message claimed by {@code claimer} for one attempt ({@code attempt} counts from 1), with its
   * stored parts; its campaign, if any, is loaded with it.
   */
  public record Claimed(
      long id, int attempt, String claimer, OutboxMessage message, List<Part> parts) {}

  /** Claims up to {@code limit} due rows for {@code claimer} until {@code leaseUntil}. */
  public List<Claimed> claim(String claimer, Instant now, Instant leaseUntil, int limit) {
    List<Long> claimed = new ArrayList<>(due(Lane.TRANSACTIONAL, now, limit));
    if (claimed.size() < limit) {
      claimed.addAll(due(Lane.BULK, now, limit - claimed.size()));
    }
    if (claimed.isEmpty()) {
      return List.of();
    }
    em.createNativeQuery(
            "UPDATE mail_outbox SET status = 'SENDING', attempts = attempts + 1, lease_until = ?1,"
                + " next_attempt_at = ?1, claimed_by = ?2 WHERE id IN ("
                // ids read just above: numbers, never text from outside
                + claimed.stream().map(String::valueOf).collect(Collectors.joining(","))
                + ")")
        .setParameter(1, utc(leaseUntil))
        .setParameter(2, claimer)
        .executeUpdate();
    Map<Long, List<Part>> parts =
        em.createNamedQuery(MailAttachment.OF_MESSAGES, MailAttachment.class)
            .setParameter("ids", claimed)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    MailAttachment::getMessageId,
                    Collectors.mapping(OutboxClaims::part, Collectors.toList())));
    return em.createNamedQuery(OutboxMessage.CLAIMED, OutboxMessage.class)
        .setParameter("ids", claimed)
        .getResultStream()
        .sorted(Comparator.comparingInt(m -> claimed.indexOf(m.getId())))
        .map(
            m ->
                new Claimed(
                    m.getId(),
                    m.getAttempts(),
                    claimer,
                    m,
                    parts.getOrDefault(m.getId(), List.of())))
        .toList();
  }

  private List<Long> due(Lane lane, Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM mail_outbox WHERE lane = ?1 AND next_attempt_at <= ?2 AND "
                    + NOT_ON_HOLD
                    + " ORDER BY next_attempt_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED")
            .setParameter(1, lane.name())
            .setParameter(2, utc(now))
            .setParameter(3, limit)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  static Part part(MailAttachment a) {
    return new Part(a.getKind(), a.getFileName(), a.getContentType(), a.getContent());
  }

  /**
   * Renews the lease of one claimed row right before it is sent: true when this claim still held it
   * (the update touched the row), false when its lease ran out or another claim took it, and then
   * it must not be sent here. (A campaign put on hold has its rows claimed no more; a batch claimed
   * before is finished.)
   */
  public boolean hold(Claimed claimed, Instant now, Instant leaseUntil) {
    return em.createNativeQuery(
                "UPDATE mail_outbox SET lease_until = ?1, next_attempt_at = ?1"
                    + " WHERE id = ?2 AND status = 'SENDING' AND claimed_by = ?3 AND attempts = ?4"
                    + " AND lease_until > ?5")
            .setParameter(1, utc(leaseUntil))
            .setParameter(2, claimed.id())
            .setParameter(3, claimed.claimer())
            .setParameter(4, claimed.attempt())
            .setParameter(5, utc(now))
            .executeUpdate()
        == 1;
  }

  /**
   * Renews the lease of the rows this claim still holds among {@code rows} (all claimed by one
   * claimer); answers how many it renewed.
   */
  public int renew(List<Claimed> rows, Instant now, Instant leaseUntil) {
    if (rows.isEmpty()) {
      return 0;
    }
    return em.createNativeQuery(
            "UPDATE mail_outbox SET lease_until = ?1, next_attempt_at = ?1"
                + " WHERE status = 'SENDING' AND claimed_by = ?2 AND lease_until > ?3 AND "
                + sameAttempts(rows))
        .setParameter(1, utc(leaseUntil))
        .setParameter(2, rows.get(0).claimer())
        .setParameter(3, utc(now))
        .executeUpdate();
  }

  /**
   * Gives back rows this claim holds but will not send (the instance is stopping): due again at
   * {@code now} for any instance, as they were before the claim.
   */
  public int giveBack(List<Claimed> rows, Instant now) {
    if (rows.isEmpty()) {
      return 0;
    }
    // Assignments run left to right: the status is chosen from the attempts before the claim.
    return em.createNativeQuery(
            "UPDATE mail_outbox SET status = CASE WHEN attempts > 1 THEN 'FAILED' ELSE 'PENDING'"
                + " END, attempts = attempts - 1, lease_until = NULL, next_attempt_at = ?1"
                + " WHERE status = 'SENDING' AND claimed_by = ?2 AND "
                + sameAttempts(rows))
        .setParameter(1, utc(now))
        .setParameter(2, rows.get(0).claimer())
        .executeUpdate();
  }

  /**
   * The rows' ids (read on the primary key) and the attempt each was claimed for: numbers this
   * class read from the database, never text from outside.
   */
  private static String sameAttempts(List<Claimed> rows) {
    return "id IN ("
        + rows.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(","))
        + ") AND (id, attempts) IN ("
        + rows.stream()
            .map(r -> "(" + r.id() + "," + r.attempt() + ")")
            .collect(Collectors.joining(","))
        + ")";
  }

  /** Marks the claimed attempt sent; does nothing if the lease was lost meanwhile. */
  public void sent(Claimed claimed, Instant now) {
    em.createNativeQuery(
            "UPDATE mail_outbox SET status = 'SENT', sent_at = ?1, lease_until = NULL,"
                + " next_attempt_at = NULL, last_error = NULL"
                + " WHERE id = ?2 AND status = 'SENDING' AND attempts = ?3")
        .setParameter(1, utc(now))
        .setParameter(2, claimed.id())
        .setParameter(3, claimed.attempt())
        .executeUpdate();
  }

  /**
   * Marks {@code sent}'s attempt sent and, in the same transaction, renews the lease of {@code
   * next} as {@link #hold} does: one commit a message where there were two. Answers whether this
   * claim still holds {@code next} (false when it is null).
   */
  public boolean sentAndHold(Claimed sent, Instant now, Claimed next, Instant leaseUntil) {
    sent(sent, now);
    return next != null && hold(next, now, leaseUntil);
  }

  /** Records a failed attempt: due again at {@code nextAttempt}, or dead when {@code dead}. */
  public void failed(Claimed claimed, String error, Instant nextAttempt, boolean dead) {
    em.createNativeQuery(
            "UPDATE mail_outbox SET status = ?1, lease_until = NULL,"
                + " next_attempt_at = CASE WHEN ?1 = 'DEAD' THEN NULL ELSE ?2 END,"
                + " last_error = ?3 WHERE id = ?4 AND status = 'SENDING' AND attempts = ?5")
        .setParameter(1, dead ? "DEAD" : "FAILED")
        .setParameter(2, utc(nextAttempt))
        .setParameter(3, error.length() > 1000 ? error.substring(0, 1000) : error)
        .setParameter(4, claimed.id())
        .setParameter(5, claimed.attempt())
        .executeUpdate();
  }
}
