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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.security.Role;

/** A person who signs in: a coach, a hub admin or a PCN lead. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.ID_BY_EMAIL, query = "SELECT a.id FROM Account a WHERE a.email = :email")
@NamedQuery(
    name = Account.SESSION_CHECK,
    query = "SELECT a.sessionsValidAfter, p.id FROM Account a LEFT JOIN a.pcn p WHERE a.id = :id")
@NamedQuery(
    name = Account.WITH_IDS,
    query =
        "SELECT a, p FROM Account a LEFT JOIN FETCH a.pcn"
            + " LEFT JOIN CoachProfile p ON p.accountId = a.id WHERE a.id IN :ids")
public class Account {

  /** The accounts of a page of a list, with their PCN and coach profile (see {@code ListQuery}). */
  public static final String WITH_IDS = "Account.withIds";

  public static final String BY_EMAIL = "Account.byEmail";
  public static final String ID_BY_EMAIL = "Account.idByEmail";

  /** When the account's sessions were last ended, and its PCN's id: read once per request. */
  public static final String SESSION_CHECK = "Account.sessionCheck";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  /** Null until an invited person chooses a password. */
  @Column(name = "password_hash", length = 255)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AccountStatus status;

  /** Whether the person asked for the hub's newsletter. */
  @Column(nullable = false)
  private boolean newsletter;

  /** A coach's or PCN lead's network; none for hub admins. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "pcn_id")
  private Pcn pcn;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  /**
   * Sessions signed in before this moment are over (the password or the address changed since);
   * null while none has to end. Truncated to microseconds, as the column keeps it.
   */
  @Column(name = "sessions_valid_after")
  private Instant sessionsValidAfter;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private int version;

  protected Account() {
    // for JPA
  }

  /** An active account that signs in with {@code passwordHash} straight away. */
  public Account(String email, String displayName, String passwordHash, Role role, Instant now) {
    this(email, displayName, role, AccountStatus.ACTIVE, now);
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.passwordChangedAt = now;
  }

  private Account(String email, String displayName, Role role, AccountStatus status, Instant now) {
    this.email = normaliseEmail(email);
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.role = Objects.requireNonNull(role, "role");
    this.status = status;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** A coach who registered and has yet to follow the link sent to their address. */
  public static Account registeredCoach(
      String email,
      String displayName,
      String passwordHash,
      Pcn pcn,
      boolean newsletter,
      Instant now) {
    Account account = new Account(email, displayName, Role.COACH, AccountStatus.UNVERIFIED, now);
    account.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    account.passwordChangedAt = now;
    account.pcn = pcn;
    account.newsletter = newsletter;
    return account;
  }

  /** Someone a hub admin invited, who has yet to choose a password. */
  public static Account invited(String email, String displayName, Role role, Pcn pcn, Instant now) {
    if (role == Role.PCN_LEAD && pcn == null) {
      throw new IllegalArgumentException("A PCN lead belongs to a PCN");
    }
    Account account = new Account(email, displayName, role, AccountStatus.INVITED, now);
    account.pcn = role == Role.HUB_ADMIN ? null : pcn;
    return account;
  }

  /** The emailed link was followed: the address is theirs. */
  public void verify() {
    if (status == AccountStatus.UNVERIFIED) {
      status = AccountStatus.ACTIVE;
    }
  }

  /** Sets a new password; accepting an invitation this way also makes the account active. */
  public void changePassword(String newHash, Instant now) {
    this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    this.passwordChangedAt = now;
    endSessions(now);
    if (status == AccountStatus.INVITED) {
      status = AccountStatus.ACTIVE;
    }
  }

  /** The new address was confirmed from that address: every session signed in before ends. */
  public void changeEmail(String newEmail, Instant now) {
    this.email = normaliseEmail(newEmail);
    endSessions(now);
  }

  /**
   * Ends every session signed in before {@code now}.
   *
   * @return the moment from which sessions count, as stored: a session that must go on (the one
   *     that changed the password) takes it as its own sign-in time
   */
  public Instant endSessions(Instant now) {
    sessionsValidAfter = now.truncatedTo(ChronoUnit.MICROS);
    return sessionsValidAfter;
  }

  public Instant getSessionsValidAfter() {
    return sessionsValidAfter;
  }

  public void rename(String newName) {
    this.displayName = Objects.requireNonNull(newName, "newName");
  }

  public void moveTo(Pcn newPcn) {
    this.pcn = newPcn;
  }

  public void subscribe(boolean wanted) {
    this.newsletter = wanted;
  }

  public boolean isActive() {
    return status == AccountStatus.ACTIVE;
  }

  /** Addresses are compared without regard to case or surrounding spaces. */
  public static String normaliseEmail(String email) {
    return Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public boolean isNewsletter() {
    return newsletter;
  }

  public Pcn getPcn() {
    return pcn;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public int getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
