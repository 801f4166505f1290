package org.traininghub.newsletter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.traininghub.platform.security.LinkTokens;

/**
 * The single-use, expiring link that confirms a consent (double opt-in). Only the SHA-256 of its
 * secret is stored ({@link LinkTokens}).
 */
@Entity
@Table(name = "newsletter_token")
@NamedQuery(
    name = ConfirmationLink.BY_HASH,
    query =
        "SELECT t FROM ConfirmationLink t JOIN FETCH t.consent c JOIN FETCH c.subscriber"
            + " WHERE t.tokenHash = :hash")
@NamedQuery(
    name = ConfirmationLink.SENT_SINCE,
    query =
        "SELECT COUNT(t) FROM ConfirmationLink t"
            + " WHERE t.consent.subscriber = :subscriber AND t.createdAt > :since")
public class ConfirmationLink {

  public static final String BY_HASH = "ConfirmationLink.byHash";
  public static final String SENT_SINCE = "ConfirmationLink.sentSince";

  /** How long a confirmation link works. */
  public static final Duration LIFETIME = Duration.ofHours(48);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consent_id")
  private Consent consent;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected ConfirmationLink() {}

  public ConfirmationLink(Consent consent, String tokenHash, Instant now) {
    this.consent = Objects.requireNonNull(consent, "consent");
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.createdAt = now;
    this.expiresAt = now.plus(LIFETIME);
  }

  /** Why the link cannot be used at {@code now}, or null. */
  public String refusal(Instant now) {
    return LinkTokens.refusal(expiresAt, usedAt, now);
  }

  public void use(Instant now) {
    this.usedAt = now;
  }

  public Consent getConsent() {
    return consent;
  }

  public String getTokenHash() {
    return tokenHash;
  }
}
