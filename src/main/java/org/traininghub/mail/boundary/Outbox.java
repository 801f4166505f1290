package org.traininghub.mail.boundary;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.traininghub.mail.control.Header;
import org.traininghub.mail.control.Mail;
import org.traininghub.mail.control.MailQueued;
import org.traininghub.mail.control.MailTemplates;
import org.traininghub.mail.control.MessageId;
import org.traininghub.mail.control.Part;
import org.traininghub.mail.control.SmtpMailer;
import org.traininghub.mail.entity.ListedMessage;
import org.traininghub.mail.entity.MailStatus;
import org.traininghub.mail.entity.OutboxMessage;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.paging.SortKey;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.Role;

/**
 * The one way the portal sends email: {@link #enqueue} writes the rendered message into the outbox
 * in the caller's transaction; the dispatcher delivers it after commit. Hub admins read the outbox
 * and retry dead messages.
 */
@Stateless
public class Outbox {

  public static final int PAGE_SIZE = 50;

  @PersistenceContext EntityManager em;

  @Inject MailTemplates templates;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject SmtpMailer mailer;

  @Inject Event<MailQueued> queued;

  /**
   * Queues the mail {@code template} filled with {@code values} for {@code recipient}, in the
   * caller's transaction. A second call with the same {@code key} changes nothing, so a change made
   * twice sends one mail.
   *
   * @param key what the mail is about, unique for ever (e.g. {@code verify:42:7})
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(String key, String recipient, String template, Map<String, String> values) {
    enqueue(MailRequest.of(key, recipient, template, values));
  }

  /**
   * As {@link #enqueue(String, String, String, Map)}, for mail that belongs to an account: it is
   * exported with the account and deleted with it, whichever address it went to.
   *
   * @param accountId the account the mail is about, or null for none
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(
      Long accountId, String key, String recipient, String template, Map<String, String> values) {
    enqueue(MailRequest.of(key, recipient, template, values).account(accountId));
  }

  /**
   * Queues the mail of {@code request} with its headers and parts, in the caller's transaction;
   * they are stored with it, so an admin reads and a retry sends exactly what went. A second
   * request with the same key changes nothing.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void enqueue(MailRequest request) {
    Mail mail = templates.render(request.template(), request.values());
    List<Header> headers = new ArrayList<>(mail.headers());
    headers.addAll(request.headers());
    LocalDateTime now = utc(clock.instant());
    int inserted =
        em.createNativeQuery(
                "INSERT INTO mail_outbox (idempotency_key, message_id, recipient, subject,"
                    + " body_text, body_html, headers, lane, status, attempts, next_attempt_at,"
                    + " created_at, account_id)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'PENDING', 0, ?9, ?9, ?10)"
                    + " ON DUPLICATE KEY UPDATE id = id")
            .setParameter(1, request.key())
            .setParameter(2, MessageId.of(request.key(), mailer.fromDomain()))
            .setParameter(3, request.recipient())
            .setParameter(4, mail.subject())
            .setParameter(5, mail.text())
            .setParameter(6, mail.html())
            .setParameter(7, Header.lines(headers))
            .setParameter(8, request.lane().name())
            .setParameter(9, now)
            .setParameter(10, request.accountId())
            .executeUpdate();
    if (inserted == 1 && !request.parts().isEmpty()) {
      storeParts(request.key(), request.parts());
    }
    queued.fire(new MailQueued(request.key()));
  }

  private void storeParts(String key, List<Part> parts) {
    Number id =
        (Number)
            em.createNativeQuery("SELECT id FROM mail_outbox WHERE idempotency_key = ?1")
                .setParameter(1, key)
                .getSingleResult();
    for (int seq = 0; seq < parts.size(); seq++) {
      Part part = parts.get(seq);
      em.createNativeQuery(
              "INSERT INTO mail_attachment (outbox_id, seq, kind, file_name, content_type,"
                  + " content) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, id.longValue())
          .setParameter(2, seq)
          .setParameter(3, part.kind().name())
          .setParameter(4, part.fileName())
          .setParameter(5, part.contentType())
          .setParameter(6, part.content())
          .executeUpdate();
    }
  }

  /** The message as it is (or was) sent, a campaign recipient's rendered from its campaign. */
  public Mail rendered(OutboxMessage message) {
    return templates.render(message);
  }

  /**
   * Removes every message that belongs to the account, whatever address it went to, and every
   * message to its current {@code address}: both are personal data.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int forget(long accountId, String address) {
    return em.createNamedQuery(OutboxMessage.FORGET)
        .setParameter("account", accountId)
        .setParameter("address", address)
        .executeUpdate();
  }

  /** Every message that belongs to the account or went to its current address, oldest first. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public List<OutboxMessage> of(long accountId, String address) {
    return em.createNamedQuery(OutboxMessage.OF_ACCOUNT, OutboxMessage.class)
        .setParameter("account", accountId)
        .setParameter("address", address)
        .getResultList();
  }

  /** Deletes mail sent before {@code before}: kept as long as it is useful, not for ever. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int forgetSentBefore(java.time.Instant before) {
    return em.createNativeQuery("DELETE FROM mail_outbox WHERE status = 'SENT' AND sent_at < ?1")
        .setParameter(1, utc(before))
        .executeUpdate();
  }

  /**
   * Page {@code page} (from 1) of the messages with {@code status} (all when null), newest first:
   * the count, the page's ids through an index ({@code ix_mail_outbox_created}, or {@code
   * ix_mail_outbox_status_created} for one status), read from the nearer end, then those messages
   * without their bodies. Three statements, whatever the page and the outbox's size.
   */
  @Allowed(Role.HUB_ADMIN)
  public Page<ListedMessage> list(MailStatus status, int page) {
    ListQuery list = new ListQuery("mail_outbox m");
    if (status != null) {
      list.where("m.status = ?", status.name());
    }
    return list.orderBy(OutboxOrder.NEWEST)
        .page(em, PageRequest.of(page, PAGE_SIZE), this::listed, ListedMessage::id);
  }

  private List<ListedMessage> listed(List<Long> ids) {
    return em.createNamedQuery(OutboxMessage.LISTED, ListedMessage.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The order of the outbox list. */
  enum OutboxOrder implements SortKey {
    NEWEST("m.created_at DESC, m.id DESC");

    private final String sql;

    OutboxOrder(String sql) {
      this.sql = sql;
    }

    @Override
    public String orderBy() {
      return sql;
    }
  }

  /** One message as sent. Reading it is audited: it may hold a link that signs someone in. */
  @Allowed(Role.HUB_ADMIN)
  public Optional<OutboxMessage> read(long id) {
    Optional<OutboxMessage> message = find(id);
    message.ifPresent(m -> audit.record("Mail read", "Message " + m.getId()));
    return message;
  }

  /** One message, without auditing a read (to act on a message already shown). */
  @Allowed(Role.HUB_ADMIN)
  public Optional<OutboxMessage> find(long id) {
    Optional<OutboxMessage> message =
        em.createNamedQuery(OutboxMessage.CLAIMED, OutboxMessage.class)
            .setParameter("ids", List.of(id))
            .getResultStream()
            .findFirst();
    message.ifPresent(m -> m.getAttachments().size());
    return message;
  }

  /** Gives a dead message a fresh set of attempts; false when it is not dead (any more). */
  @Allowed(Role.HUB_ADMIN)
  public boolean retry(long id) {
    int changed =
        em.createNativeQuery(
                "UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?1,"
                    + " last_error = NULL WHERE id = ?2 AND status = 'DEAD'")
            .setParameter(1, utc(clock.instant()))
            .setParameter(2, id)
            .executeUpdate();
    if (changed == 1) {
      audit.record("Mail retried", "Message " + id);
      queued.fire(new MailQueued("retry:" + id));
    }
    return changed == 1;
  }
}
