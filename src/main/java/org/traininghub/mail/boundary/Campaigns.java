package org.traininghub.mail.boundary;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.traininghub.mail.control.Header;
import org.traininghub.mail.control.Mail;
import org.traininghub.mail.control.MailQueued;
import org.traininghub.mail.control.MailTemplates;
import org.traininghub.mail.control.MergeValues;
import org.traininghub.mail.control.RecipientRows;
import org.traininghub.mail.control.SmtpMailer;

/**
 * Bulk mail: a campaign's wording is stored once; each recipient is a small outbox row in the bulk
 * lane, rendered from the campaign when it is sent. For the newsletter and digests; the caller
 * checks who may send.
 */
@Stateless
public class Campaigns {

  @PersistenceContext EntityManager em;

  @Inject MailTemplates templates;

  @Inject SmtpMailer mailer;

  @Inject Clock clock;

  @Inject Event<MailQueued> queued;

  /**
   * Stores a campaign and answers its id. Its templates are compiled first, so one that is not
   * valid Mustache is refused here, not at sending.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public long create(CampaignDraft draft) {
    templates.check(draft.subject(), draft.text(), draft.html(), draft.headers());
    em.createNativeQuery(
            "INSERT INTO mail_campaign (subject, text_template, html_template, headers,"
                + " created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, draft.subject())
        .setParameter(2, draft.text())
        .setParameter(3, draft.html())
        .setParameter(4, Header.lines(draft.headers()))
        .setParameter(5, utc(clock.instant()))
        .executeUpdate();
    return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
  }

  /** The message a recipient with {@code values} would get from {@code draft}, for a preview. */
  public Mail preview(CampaignDraft draft, Map<String, String> values) {
    return templates.preview(draft.subject(), draft.text(), draft.html(), draft.headers(), values);
  }

  /**
   * Queues the campaign's mail to each recipient, in the caller's transaction; an address already
   * queued for this campaign is left as it is.
   *
   * @return how many were queued now
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int addRecipients(long campaignId, List<CampaignRecipient> recipients) {
    LocalDateTime now = utc(clock.instant());
    List<RecipientRows.Row> rows =
        recipients.stream()
            .map(r -> new RecipientRows.Row(r.email(), r.accountId(), MergeValues.json(r.values())))
            .toList();
    int queuedNow = 0;
    for (int from = 0; from < rows.size(); from += RecipientRows.CHUNK) {
      RecipientRows.Statement insert =
          RecipientRows.insert(
              campaignId,
              rows.subList(from, Math.min(rows.size(), from + RecipientRows.CHUNK)),
              now,
              mailer.fromDomain());
      Query query = em.createNativeQuery(insert.sql());
      for (int i = 0; i < insert.parameters().size(); i++) {
        query.setParameter(i + 1, insert.parameters().get(i));
      }
      queuedNow += query.executeUpdate();
    }
    if (queuedNow > 0) {
      queued.fire(new MailQueued("campaign:" + campaignId));
    }
    return queuedNow;
  }

  /**
   * Puts a campaign on hold: none of its rows is claimed from now on (a batch claimed already is
   * finished: at most {@code hub.mail.batch-size} messages), and its waiting rows leave the due
   * range until {@link #release}. Nothing sent is touched, so releasing sends each waiting row
   * once.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void hold(long campaignId) {
    em.createNativeQuery("UPDATE mail_campaign SET on_hold = TRUE WHERE id = ?1")
        .setParameter(1, campaignId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE mail_outbox SET next_attempt_at = NULL"
                + " WHERE campaign_id = ?1 AND status IN ('PENDING', 'FAILED')")
        .setParameter(1, campaignId)
        .executeUpdate();
  }

  /** Takes a campaign off hold: its waiting rows are due at once, in the order they were queued. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void release(long campaignId) {
    em.createNativeQuery("UPDATE mail_campaign SET on_hold = FALSE WHERE id = ?1")
        .setParameter(1, campaignId)
        .executeUpdate();
    int due =
        em.createNativeQuery(
                "UPDATE mail_outbox SET next_attempt_at = ?2 WHERE campaign_id = ?1"
                    + " AND status IN ('PENDING', 'FAILED') AND next_attempt_at IS NULL")
            .setParameter(1, campaignId)
            .setParameter(2, utc(clock.instant()))
            .executeUpdate();
    if (due > 0) {
      queued.fire(new MailQueued("campaign:" + campaignId));
    }
  }

  /**
   * Stops a campaign for good: it stays on hold, and its rows not sent yet are marked dead with
   * {@link #CANCELLED} as their error; the rows sent stay as its history.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void cancel(long campaignId) {
    hold(campaignId);
    em.createNativeQuery(
            "UPDATE mail_outbox SET status = 'DEAD', next_attempt_at = NULL, last_error = ?2"
                + " WHERE campaign_id = ?1 AND status IN ('PENDING', 'FAILED')")
        .setParameter(1, campaignId)
        .setParameter(2, CANCELLED)
        .executeUpdate();
  }

  /** The error of the rows a cancelled campaign did not send. */
  public static final String CANCELLED = "Not sent: the campaign was cancelled";

  /**
   * Takes {@code recipient}'s waiting rows of every campaign out of the outbox for good, in the
   * caller's transaction, with {@link #SKIPPED} as their error: one UPDATE over the index of the
   * recipient, for an address that must get no more bulk mail (unsubscribed, bounced). A row
   * claimed already (SENDING) is on its way and is left alone, as a pause leaves it; a sent row
   * stays as history.
   *
   * @return how many rows it skipped
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int skipWaiting(String recipient) {
    return em.createNativeQuery(
            "UPDATE mail_outbox SET status = 'DEAD', next_attempt_at = NULL, last_error = ?2"
                + " WHERE recipient = ?1 AND campaign_id IS NOT NULL"
                + " AND status IN ('PENDING', 'FAILED')")
        .setParameter(1, recipient)
        .setParameter(2, SKIPPED)
        .executeUpdate();
  }

  /** The error of the rows {@link #skipWaiting} took out. */
  public static final String SKIPPED = "Not sent: the address was suppressed before its turn";
}
