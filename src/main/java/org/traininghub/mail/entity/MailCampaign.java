package org.traininghub.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One bulk mail's wording, stored once: Mustache templates for the subject, the plain text, the
 * HTML body (set in the shared layout) and the header values. Each recipient's outbox row holds
 * only the address and a few values, and is rendered from these when sent. A campaign does not
 * change once created, so a resend is identical.
 */
@Entity
@Table(name = "mail_campaign")
public class MailCampaign {

  @Id private Long id;

  private String subject;

  @Column(name = "text_template")
  private String textTemplate;

  @Column(name = "html_template")
  private String htmlTemplate;

  private String headers;

  @Column(name = "created_at")
  private Instant createdAt;

  protected MailCampaign() {
    // for JPA
  }

  public Long getId() {
    return id;
  }

  /** The subject template. */
  public String getSubject() {
    return subject;
  }

  public String getTextTemplate() {
    return textTemplate;
  }

  /** The HTML body template, without the layout. */
  public String getHtmlTemplate() {
    return htmlTemplate;
  }

  /** Header templates, one {@code Name: value} a line, or null. */
  public String getHeaders() {
    return headers;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
