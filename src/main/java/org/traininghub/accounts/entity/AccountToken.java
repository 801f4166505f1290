package org.traininghub.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A single-use link sent by email. Only the SHA-256 of the token is stored; the token itself exists
 * only in the mail.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
    name = AccountToken.BY_HASH,
    query = "SELECT t FROM AccountToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
@NamedQuery(
    name = AccountToken.WITHDRAW_UNUSED,
    query =
        "UPDATE AccountToken t SET t.usedAt = :now"
            + " WHERE t.account = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
@NamedQuery(
    name = AccountToken.SENT_TO_SINCE,
    query =
        "SELECT COUNT(t) FROM AccountToken t JOIN t.account a"
            + " WHERE t.purpose = :purpose AND t.createdAt > :since"
            + " AND (t.newEmail = :address OR (t.newEmail IS NULL AND a.email = :address))")
public class AccountToken {

  public static final String BY_HASH = "AccountToken.byHash";

  public static final String WITHDRAW_UNUSED = "AccountToken.withdrawUnused";
  public static final String SENT_TO_SINCE = "AccountToken.sentToSince";

  /** What a link does, and how long it may be used. */
  public enum Purpose {
    VERIFY(Duration.ofHours(48)),
    RESET(Duration.ofHours(1)),
    INVITE(Duration.ofDays(7)),
    /** Confirms a new address, sent to that address. */
    EMAIL(Duration.ofHours(24));

    private final Duration lifetime;

    Purpose(Duration lifetime) {
      this.lifetime = lifetime;
    }

    public Duration lifetime() {
      return lifetime;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  /** The address being confirmed, for {@link Purpose#EMAIL}. */
  @Column(name = "new_email", length = 254)
  private String newEmail;

  protected AccountToken() {
    // for JPA
  }

  public AccountToken(
      Account account, Purpose purpose, String tokenHash, String newEmail, Instant now) {
    this.newEmail = newEmail;
    this.account = Objects.requireNonNull(account, "account");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.lifetime());
  }

  /** Why this token cannot be used now, or null when it can. */
  public String refusal(Purpose expected, Instant now) {
    if (purpose != expected) {
      return "This link is not for this page.";
    }
    return LinkTokens.refusal(expiresAt, usedAt, now);
  }

  /** Whether {@code secret} is this token's (compared in constant time). */
  public boolean opensWith(String secret) {
    return LinkTokens.matches(secret, tokenHash);
  }

  public void use(Instant now) {
    this.usedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
