package org.traininghub.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.traininghub.mail.boundary.CampaignRecipient;
import org.traininghub.mail.boundary.Campaigns;

/**
 * Queues a sending campaign's audience in the outbox, one chunk a transaction, read straight from
 * the database in subscriber id order after the campaign's cursor (never the whole audience in
 * memory): confirmed subscribers of any of its topics, with an account of its role when it has one,
 * and never an address on the suppression list. The campaign's row is locked while a chunk is
 * queued, so instances queueing together take turns, and a pause waits for the chunk in hand; an
 * address queued twice is kept once by the outbox. A chunk also takes its turn with the
 * suppressions ({@link Suppressions}): an address suppressed while its chunk is queued is either
 * left out or skipped once queued, never sent. A weekly digest leaves out the addresses that the
 * week's digest of another topic has queued: one digest a week for a subscriber of several topics.
 */
@ApplicationScoped
public class AudienceQueue {

  /** Subscribers read and queued a transaction. */
  public static final int CHUNK = 500;

  @PersistenceContext EntityManager em;

  @Inject Campaigns campaigns;

  @Inject SubscriberLinks links;

  /**
   * Queues the next chunk of campaign {@code id}'s audience, if it is sending and not all queued.
   *
   * @return whether there is more to queue
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean queueNextChunk(long id) {
    List<?> found =
        em.createNativeQuery(
                "SELECT mail_campaign_id, audience_cursor, topics, audience_role"
                    + " FROM newsletter_campaign WHERE id = ?1 AND status = 'SENDING'"
                    + " AND NOT audience_done FOR UPDATE")
            .setParameter(1, id)
            .getResultList();
    if (found.isEmpty()) {
      return false;
    }
    // Suppressions wait for this chunk, and this chunk for them (Suppressions' turn row).
    em.createNativeQuery("SELECT name FROM newsletter_job WHERE name = ?1 FOR UPDATE")
        .setParameter(1, Suppressions.AUDIENCE_TURN)
        .getResultList();
    Object[] campaign = (Object[]) found.get(0);
    long mailCampaignId = ((Number) campaign[0]).longValue();
    long cursor = campaign[1] == null ? 0 : ((Number) campaign[1]).longValue();
    List<String> topics = List.of(((String) campaign[2]).split(","));
    String role = (String) campaign[3];
    List<Object[]> chunk = next(cursor, topics, role, otherDigestsOfTheWeek(id));
    List<CampaignRecipient> recipients = new ArrayList<>(chunk.size());
    for (Object[] row : chunk) {
      long subscriberId = ((Number) row[0]).longValue();
      String email = (String) row[1];
      Long accountId = row[2] == null ? null : ((Number) row[2]).longValue();
      recipients.add(
          new CampaignRecipient(
              email,
              accountId,
              CampaignWording.values(
                  links.preferencesUrl(subscriberId, email),
                  links.unsubscribeUrl(subscriberId, email))));
    }
    campaigns.addRecipients(mailCampaignId, recipients);
    boolean done = chunk.size() < CHUNK;
    em.createNativeQuery(
            "UPDATE newsletter_campaign SET audience_cursor = ?2, audience_done = ?3 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, chunk.isEmpty() ? cursor : ((Number) chunk.get(chunk.size() - 1)[0]))
        .setParameter(3, done)
        .executeUpdate();
    return !done;
  }

  /**
   * When campaign {@code id} is a topic's weekly digest, the mail campaigns of the other topics'
   * digests of the same week; otherwise none. The digests of a week list the same news, so a
   * subscriber of several topics gets the first one queued for them and is left out of the others.
   * Chunks of every campaign take turns (the audience turn row), so the chunk that queues an
   * address sees any other digest's queued row for it.
   */
  @SuppressWarnings("unchecked")
  private List<Number> otherDigestsOfTheWeek(long id) {
    return em.createNativeQuery(
            "SELECT c.mail_campaign_id FROM newsletter_digest_issue mine"
                + " JOIN newsletter_digest_issue other ON other.week_start = mine.week_start"
                + " AND other.campaign_id <> mine.campaign_id"
                + " JOIN newsletter_campaign c ON c.id = other.campaign_id"
                + " WHERE mine.campaign_id = ?1 AND c.mail_campaign_id IS NOT NULL")
        .setParameter(1, id)
        .getResultList();
  }

  /**
   * The next {@link #CHUNK} of the audience after subscriber {@code cursor}: id, email, account;
   * without the addresses queued in any of the mail campaigns {@code leftOut}.
   */
  @SuppressWarnings("unchecked")
  private List<Object[]> next(long cursor, List<String> topics, String role, List<Number> leftOut) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT s.id, s.email, a.id FROM newsletter_subscriber s"
                + " LEFT JOIN account a ON a.email = s.email"
                + " WHERE s.status = 'CONFIRMED' AND s.id > ?1"
                + " AND EXISTS (SELECT 1 FROM newsletter_subscriber_topic t"
                + " WHERE t.subscriber_id = s.id AND t.topic IN (");
    for (int i = 0; i < topics.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append('?').append(i + 2);
    }
    sql.append("))")
        .append(" AND NOT EXISTS (SELECT 1 FROM newsletter_suppression x WHERE x.email = s.email)");
    if (role != null) {
      sql.append(" AND a.role = ?").append(topics.size() + 2);
    }
    if (!leftOut.isEmpty()) {
      // The ids are longs read from the database, so they are written into the SQL as they are
      // rather than bound: the positional parameters above stay numbered as they were.
      sql.append(" AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.recipient = s.email")
          .append(" AND o.campaign_id IN (");
      for (int i = 0; i < leftOut.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(leftOut.get(i).longValue());
      }
      sql.append("))");
    }
    sql.append(" ORDER BY s.id LIMIT ").append(CHUNK);
    Query query = em.createNativeQuery(sql.toString()).setParameter(1, cursor);
    for (int i = 0; i < topics.size(); i++) {
      query.setParameter(i + 2, topics.get(i));
    }
    if (role != null) {
      query.setParameter(topics.size() + 2, role);
    }
    return query.getResultList();
  }
}
