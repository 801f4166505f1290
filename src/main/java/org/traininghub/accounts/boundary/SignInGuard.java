package org.traininghub.accounts.boundary;

import static org.traininghub.platform.time.UtcInstantConverter.instant;
import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.accounts.control.AccountLookup;
import org.traininghub.accounts.control.SignInThrottle;
import org.traininghub.accounts.entity.Account;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.security.Digests;

/**
 * Throttles password guessing, in the database so that every instance sees every failure (the rules
 * are {@link SignInThrottle}'s): a client address with too many recent failures, for one account
 * address or for any, is refused before the password is checked; failures for an account address
 * from elsewhere only slow its sign-in down. Successful and refused sign-ins are audited.
 */
@Stateless
public class SignInGuard {

  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Duration KEPT = Duration.ofDays(1);

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AccountLookup lookup;

  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "hub.sign-in.max-failures-per-account", defaultValue = "5")
  int perAccount;

  @Inject
  @ConfigProperty(name = "hub.sign-in.max-failures-per-address", defaultValue = "50")
  int perAddress;

  @Inject
  @ConfigProperty(name = "hub.sign-in.pause-seconds", defaultValue = "30")
  int pauseSeconds;

  /** Whether sign-in as {@code email} from {@code remoteAddress} must wait. */
  public boolean throttled(String email, String remoteAddress) {
    Instant now = clock.instant();
    LocalDateTime since = utc(now.minus(WINDOW));
    String account = accountKey(email);
    String client = addressKey(remoteAddress);
    Object[] forAccount =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), MAX(at), COALESCE(SUM(address_key = ?3), 0)"
                        + " FROM sign_in_failure WHERE account_key = ?1 AND at > ?2")
                .setParameter(1, account)
                .setParameter(2, since)
                .setParameter(3, client)
                .getSingleResult();
    long fromClient =
        count(
            "SELECT COUNT(*) FROM sign_in_failure WHERE address_key = ?1 AND at > ?2",
            client,
            since);
    SignInThrottle.Failures recent =
        new SignInThrottle.Failures(
            ((Number) forAccount[2]).longValue(),
            fromClient,
            ((Number) forAccount[0]).longValue(),
            instant(forAccount[1]));
    return new SignInThrottle(perAccount, perAddress, Duration.ofSeconds(pauseSeconds))
        .refuses(recent, now);
  }

  public void failed(String email, String remoteAddress) {
    Instant now = clock.instant();
    em.createNativeQuery(
            "INSERT INTO sign_in_failure (at, account_key, address_key) VALUES (?1, ?2, ?3)")
        .setParameter(1, utc(now))
        .setParameter(2, accountKey(email))
        .setParameter(3, addressKey(remoteAddress))
        .executeUpdate();
    em.createNativeQuery("DELETE FROM sign_in_failure WHERE at < ?1 LIMIT 1000")
        .setParameter(1, utc(now.minus(KEPT)))
        .executeUpdate();
    accountId(email).ifPresent(id -> audit.recordAs(id, "Sign-in failed", "Account " + id));
  }

  /** Clears the account's failures and records the sign-in. */
  public void succeeded(String email) {
    forget(email);
    accountId(email).ifPresent(id -> audit.recordAs(id, "Signed in", "Account " + id));
  }

  /**
   * Removes the failures recorded against an address: its account is being deleted, or its owner
   * has just proved it by a reset link.
   */
  public void forget(String email) {
    em.createNativeQuery("DELETE FROM sign_in_failure WHERE account_key = ?1")
        .setParameter(1, accountKey(email))
        .executeUpdate();
  }

  public void signedOut(long accountId) {
    audit.recordAs(accountId, "Signed out", "Account " + accountId);
  }

  private java.util.Optional<Long> accountId(String email) {
    return lookup.idByEmail(email);
  }

  private long count(String sql, String key, LocalDateTime since) {
    return ((Number)
            em.createNativeQuery(sql).setParameter(1, key).setParameter(2, since).getSingleResult())
        .longValue();
  }

  private static String accountKey(String email) {
    return Digests.sha256Hex("account:" + (email == null ? "" : Account.normaliseEmail(email)));
  }

  private static String addressKey(String remoteAddress) {
    return Digests.sha256Hex("address:" + remoteAddress);
  }
}
