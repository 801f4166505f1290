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
import jakarta.persistence.Table;

/** A part stored with an outbox message, sent with every attempt exactly as stored. */
@Entity
@Table(name = "mail_attachment")
@NamedQuery(
    name = MailAttachment.OF_MESSAGES,
    query = "SELECT a FROM MailAttachment a WHERE a.messageId IN :ids ORDER BY a.seq")
public class MailAttachment {

  public static final String OF_MESSAGES = "MailAttachment.ofMessages";

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "outbox_id")
  private OutboxMessage message;

  @Column(name = "outbox_id", insertable = false, updatable = false)
  private Long messageId;

  private int seq;

  @Enumerated(EnumType.STRING)
  private PartKind kind;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  private byte[] content;

  protected MailAttachment() {
    // for JPA
  }

  public Long getId() {
    return id;
  }

  /** The id of the message it belongs to. */
  public Long getMessageId() {
    return messageId;
  }

  public int getSeq() {
    return seq;
  }

  public PartKind getKind() {
    return kind;
  }

  /** The file name shown to the recipient, or null for an alternative part. */
  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public int getSize() {
    return content.length;
  }
}
