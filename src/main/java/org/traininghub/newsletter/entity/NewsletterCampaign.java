package org.traininghub.newsletter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.traininghub.platform.security.Role;

/**
 * One newsletter: its wording (a subject, HTML sanitised when it was saved, a plain-text part), its
 * audience (confirmed subscribers of any of its topics, and optionally only those whose account has
 * a role) and its sending. The wording changes only while it is a draft; once sent it is stored in
 * the mail component's campaign ({@link #getMailCampaignId()}) and in the public archive.
 */
@Entity
@Table(name = "newsletter_campaign")
@NamedQuery(
    name = NewsletterCampaign.WITH_IDS,
    query = "SELECT c FROM NewsletterCampaign c WHERE c.id IN :ids")
@NamedQuery(
    name = NewsletterCampaign.DUE,
    query =
        "SELECT c.id FROM NewsletterCampaign c WHERE c.status = :scheduled AND c.scheduledAt <= :now"
            + " ORDER BY c.scheduledAt, c.id")
@NamedQuery(
    name = NewsletterCampaign.UNFINISHED,
    query =
        "SELECT c.id FROM NewsletterCampaign c WHERE c.status = :sending ORDER BY c.startedAt, c.id")
public class NewsletterCampaign {

  public static final String WITH_IDS = "NewsletterCampaign.withIds";
  public static final String DUE = "NewsletterCampaign.due";
  public static final String UNFINISHED = "NewsletterCampaign.unfinished";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Column(name = "body_text", nullable = false)
  private String bodyText;

  @Column(nullable = false, length = 200)
  private String topics;

  @Enumerated(EnumType.STRING)
  @Column(name = "audience_role", length = 20)
  private Role audienceRole;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private CampaignStatus status;

  @Column(name = "scheduled_at")
  private Instant scheduledAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "mail_campaign_id")
  private Long mailCampaignId;

  @Column(name = "audience_cursor")
  private Long audienceCursor;

  @Column(name = "audience_done")
  private boolean audienceDone;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by")
  private Long createdBy;

  @Version private int version;

  protected NewsletterCampaign() {
    // for JPA
  }

  public NewsletterCampaign(Long createdBy, Instant now) {
    this.createdBy = createdBy;
    this.createdAt = Objects.requireNonNull(now);
    this.status = CampaignStatus.DRAFT;
    this.subject = "";
    this.bodyHtml = "";
    this.bodyText = "";
    this.topics = "";
  }

  /** Changes the wording and audience of a draft (or of a scheduled campaign not yet started). */
  public void compose(
      String subject, String bodyHtml, String bodyText, Set<Topic> topics, Role audienceRole) {
    requireDraft();
    this.subject = subject;
    this.bodyHtml = bodyHtml;
    this.bodyText = bodyText;
    this.topics = Topic.stored(topics);
    this.audienceRole = audienceRole;
  }

  /**
   * Schedules a draft for {@code at}; a scheduled campaign may be scheduled again or unscheduled.
   */
  public void schedule(Instant at) {
    if (status != CampaignStatus.DRAFT && status != CampaignStatus.SCHEDULED) {
      throw new IllegalStateException("Only a draft can be scheduled");
    }
    this.status = CampaignStatus.SCHEDULED;
    this.scheduledAt = at;
  }

  /** Takes a scheduled campaign back to a draft. */
  public void unschedule() {
    if (status == CampaignStatus.SCHEDULED) {
      status = CampaignStatus.DRAFT;
      scheduledAt = null;
    }
  }

  private void requireDraft() {
    if (status != CampaignStatus.DRAFT && status != CampaignStatus.SCHEDULED) {
      throw new IllegalStateException("Only a draft can be changed");
    }
  }

  public Long getId() {
    return id;
  }

  public String getSubject() {
    return subject;
  }

  /** The body as saved: sanitised HTML. */
  public String getBodyHtml() {
    return bodyHtml;
  }

  public String getBodyText() {
    return bodyText;
  }

  public Set<Topic> getTopics() {
    return Topic.ofStored(topics);
  }

  public String getTopicLabels() {
    return String.join(", ", getTopics().stream().map(Topic::label).toList());
  }

  /** Only subscribers whose account has this role, or null for every subscriber. */
  public Role getAudienceRole() {
    return audienceRole;
  }

  public CampaignStatus getStatus() {
    return status;
  }

  public Instant getScheduledAt() {
    return scheduledAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Long getMailCampaignId() {
    return mailCampaignId;
  }

  public Long getAudienceCursor() {
    return audienceCursor;
  }

  public boolean isAudienceDone() {
    return audienceDone;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getCreatedBy() {
    return createdBy;
  }

  public int getVersion() {
    return version;
  }
}
