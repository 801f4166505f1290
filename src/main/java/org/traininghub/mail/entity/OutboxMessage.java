package org.traininghub.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One email in the outbox, as it was (or will be) sent: either rendered in full (subject, text,
 * HTML, headers and stored parts), or one recipient of a {@link MailCampaign}, holding only the
 * address, the account and the recipient's few values, rendered from the campaign when sent. Rows
 * are written by the outbox facade and moved through their states by the dispatcher with plain SQL,
 * so this mapping is for reading.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(
    name = OutboxMessage.OF_ACCOUNT,
    query =
        "SELECT m FROM OutboxMessage m LEFT JOIN FETCH m.campaign"
            + " WHERE m.accountId = :account OR m.recipient = :address"
            + " ORDER BY m.createdAt, m.id")
@NamedQuery(
    name = OutboxMessage.FORGET,
    query = "DELETE FROM OutboxMessage m WHERE m.accountId = :account OR m.recipient = :address")
@NamedQuery(
    name = OutboxMessage.LISTED,
    query =
        "SELECT NEW org.traininghub.mail.entity.ListedMessage(m.id, m.createdAt,"
            + " m.recipient, COALESCE(m.subject, c.subject), m.status, m.attempts,"
            + " m.nextAttemptAt) FROM OutboxMessage m LEFT JOIN m.campaign c WHERE m.id IN :ids")
@NamedQuery(
    name = OutboxMessage.CLAIMED,
    query = "SELECT m FROM OutboxMessage m LEFT JOIN FETCH m.campaign WHERE m.id IN :ids")
public class OutboxMessage {

  public static final String CLAIMED = "OutboxMessage.claimed";
  public static final String LISTED = "OutboxMessage.listed";

  public static final String OF_ACCOUNT = "OutboxMessage.ofAccount";
  public static final String FORGET = "OutboxMessage.forget";

  @Id private Long id;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "message_id")
  private String messageId;

  private String recipient;

  private String subject;

  @Column(name = "body_text")
  private String bodyText;

  @Column(name = "body_html")
  private String bodyHtml;

  @Enumerated(EnumType.STRING)
  private MailStatus status;

  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "claimed_by")
  private String claimedBy;

  /** The account the message belongs to, or null. */
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  private Lane lane;

  /** Extra headers, one {@code Name: value} a line, or null. */
  private String headers;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "campaign_id")
  private MailCampaign campaign;

  /** The recipient's values for the campaign's templates, as a JSON object of strings. */
  @Column(name = "merge_values")
  private String mergeValues;

  @OneToMany(mappedBy = "message", fetch = FetchType.LAZY)
  @OrderBy("seq")
  private List<MailAttachment> attachments;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMessage() {
    // for JPA
  }

  public Long getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getRecipient() {
    return recipient;
  }

  /**
   * The subject as stored; for a campaign recipient, whose message is rendered when sent, the
   * campaign's subject template.
   */
  public String getSubject() {
    return subject == null && campaign != null ? campaign.getSubject() : subject;
  }

  public String getBodyText() {
    return bodyText;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public MailStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getLeaseUntil() {
    return leaseUntil;
  }

  public String getLastError() {
    return lastError;
  }

  /** The instance that claimed it last ({@code pid@host}), or null if none has yet. */
  public String getClaimedBy() {
    return claimedBy;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Lane getLane() {
    return lane;
  }

  public String getHeaders() {
    return headers;
  }

  /** The campaign this recipient's message is rendered from, or null for a message in full. */
  public MailCampaign getCampaign() {
    return campaign;
  }

  public String getMergeValues() {
    return mergeValues;
  }

  /** The stored parts, in order (none for a campaign recipient). */
  public List<MailAttachment> getAttachments() {
    return attachments;
  }
}
