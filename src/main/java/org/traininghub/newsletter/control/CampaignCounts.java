package org.traininghub.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.traininghub.mail.boundary.Campaigns;

/**
 * A campaign's counts, computed in the database in one statement over its outbox rows (the index of
 * {@code mail_outbox.campaign_id}) and the suppression list: queued (waiting or being sent), sent,
 * failed for good (not counting those a cancel left unsent or those skipped), skipped (the address
 * was suppressed after it was queued: {@link Campaigns#skipWaiting}), bounced and unsubscribed
 * since the campaign started.
 */
@ApplicationScoped
public class CampaignCounts {

  @PersistenceContext EntityManager em;

  /** The counts; {@link #total} is every recipient queued so far. */
  public record Counts(
      long total,
      long queued,
      long sent,
      long failed,
      long skipped,
      long bounced,
      long unsubscribed) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

    /** Sent, failed for good or skipped, of all queued so far, in whole percent. */
    public int getPercent() {
      return total == 0 ? 0 : (int) ((sent + failed + skipped) * 100 / total);
    }

    public long getSkipped() {
      return skipped;
    }

    public long getTotal() {
      return total;
    }

    public long getQueued() {
      return queued;
    }

    public long getSent() {
      return sent;
    }

    public long getFailed() {
      return failed;
    }

    public long getBounced() {
      return bounced;
    }

    public long getUnsubscribed() {
      return unsubscribed;
    }
  }

  public Counts of(long newsletterId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(o.id),"
                        + " COALESCE(SUM(o.status IN ('PENDING', 'SENDING', 'FAILED')), 0),"
                        + " COALESCE(SUM(o.status = 'SENT'), 0),"
                        + " COALESCE(SUM(o.status = 'DEAD'"
                        + " AND COALESCE(o.last_error, '') NOT IN (?2, ?3)), 0),"
                        + " COALESCE(SUM(o.status = 'DEAD' AND o.last_error = ?3), 0),"
                        + " COALESCE(SUM(x.reason = 'BOUNCED'), 0),"
                        + " COALESCE(SUM(x.reason = 'UNSUBSCRIBED' AND x.since >= c.started_at), 0)"
                        + " FROM newsletter_campaign c"
                        + " JOIN mail_outbox o ON o.campaign_id = c.mail_campaign_id"
                        + " LEFT JOIN newsletter_suppression x ON x.email = o.recipient"
                        + " WHERE c.id = ?1")
                .setParameter(1, newsletterId)
                .setParameter(2, Campaigns.CANCELLED)
                .setParameter(3, Campaigns.SKIPPED)
                .getSingleResult();
    return new Counts(
        number(row[0]),
        number(row[1]),
        number(row[2]),
        number(row[3]),
        number(row[4]),
        number(row[5]),
        number(row[6]));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
