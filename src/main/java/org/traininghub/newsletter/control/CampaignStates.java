package org.traininghub.newsletter.control;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.traininghub.mail.boundary.Campaigns;
import org.traininghub.newsletter.entity.NewsletterCampaign;

/**
 * A campaign's moves once composed, each a conditional UPDATE of its status, so that two admins, or
 * two instances' timers, never both make the same move: only the one whose UPDATE touched the row
 * goes on. Starting stores the wording in the mail component; pausing, resuming and cancelling
 * hold, release or cancel its outbox rows there.
 */
@ApplicationScoped
@Transactional
public class CampaignStates {

  @PersistenceContext EntityManager em;

  @Inject Campaigns campaigns;

  /**
   * Starts sending a draft or a scheduled campaign now (an admin's "send now").
   *
   * @return whether this call started it
   */
  public boolean startNow(long id, Instant now) {
    return start(id, now, "status IN ('DRAFT', 'SCHEDULED')");
  }

  /**
   * Starts a scheduled campaign whose time has come: the timer's claim, which one instance wins.
   * One an admin unscheduled meanwhile stays a draft.
   */
  public boolean startDue(long id, Instant now) {
    return start(id, now, "status = 'SCHEDULED' AND scheduled_at <= ?2");
  }

  private boolean start(long id, Instant now, String condition) {
    int moved =
        em.createNativeQuery(
                "UPDATE newsletter_campaign SET status = 'SENDING', started_at = ?2,"
                    + " version = version + 1 WHERE id = ?1 AND "
                    + condition)
            .setParameter(1, id)
            .setParameter(2, utc(now))
            .executeUpdate();
    if (moved == 0) {
      return false;
    }
    NewsletterCampaign campaign = em.find(NewsletterCampaign.class, id);
    em.refresh(campaign);
    long mailId = campaigns.create(CampaignWording.of(campaign));
    em.createNativeQuery("UPDATE newsletter_campaign SET mail_campaign_id = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, mailId)
        .executeUpdate();
    return true;
  }

  /** Pauses a sending campaign; answers whether it did. */
  public boolean pause(long id) {
    if (!move(id, "SENDING", "PAUSED")) {
      return false;
    }
    campaigns.hold(mailCampaign(id));
    return true;
  }

  /** Resumes a paused campaign: what was not sent is sent, once. */
  public boolean resume(long id) {
    if (!move(id, "PAUSED", "SENDING")) {
      return false;
    }
    campaigns.release(mailCampaign(id));
    return true;
  }

  /** Cancels a scheduled, sending or paused campaign; what was sent stays as history. */
  public boolean cancel(long id) {
    int moved =
        em.createNativeQuery(
                "UPDATE newsletter_campaign SET status = 'CANCELLED', version = version + 1"
                    + " WHERE id = ?1 AND status IN ('SCHEDULED', 'SENDING', 'PAUSED')")
            .setParameter(1, id)
            .executeUpdate();
    if (moved == 0) {
      return false;
    }
    Long mailId = mailCampaignOrNull(id);
    if (mailId != null) {
      campaigns.cancel(mailId);
    }
    return true;
  }

  /**
   * Marks a sending campaign sent once its whole audience is queued and no row waits any more (each
   * was sent or failed for good).
   */
  public boolean finishIfDone(long id, Instant now) {
    return em.createNativeQuery(
                "UPDATE newsletter_campaign c SET c.status = 'SENT', c.sent_at = ?2,"
                    + " c.version = c.version + 1 WHERE c.id = ?1 AND c.status = 'SENDING'"
                    + " AND c.audience_done AND NOT EXISTS (SELECT 1 FROM mail_outbox o"
                    + " WHERE o.campaign_id = c.mail_campaign_id"
                    + " AND o.status IN ('PENDING', 'SENDING', 'FAILED'))")
            .setParameter(1, id)
            .setParameter(2, utc(now))
            .executeUpdate()
        == 1;
  }

  private boolean move(long id, String from, String to) {
    return em.createNativeQuery(
                "UPDATE newsletter_campaign SET status = ?3, version = version + 1"
                    + " WHERE id = ?1 AND status = ?2")
            .setParameter(1, id)
            .setParameter(2, from)
            .setParameter(3, to)
            .executeUpdate()
        == 1;
  }

  private long mailCampaign(long id) {
    return mailCampaignOrNull(id);
  }

  private Long mailCampaignOrNull(long id) {
    Object found =
        em.createNativeQuery("SELECT mail_campaign_id FROM newsletter_campaign WHERE id = ?1")
            .setParameter(1, id)
            .getSingleResult();
    return found == null ? null : ((Number) found).longValue();
  }
}
