package org.traininghub.accounts.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.AccountToken;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.platform.security.Digests;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * Issues and redeems the single-use links sent by email: 32 random bytes, of which only a hash is
 * stored. Issuing a link withdraws the account's earlier unused links of the same purpose.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccountTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TOKEN_MAX_LENGTH = 100;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** A token just issued: its id (for mail keys) and the secret that goes into the link. */
  public record Issued(long id, String secret) {}

  /**
   * Issues a token; {@code newEmail} is the address a {@link Purpose#EMAIL} token confirms, else
   * null.
   */
  public Issued issue(Account account, Purpose purpose, String newEmail) {
    Instant now = clock.instant();
    em.createNamedQuery(AccountToken.WITHDRAW_UNUSED)
        .setParameter("now", now)
        .setParameter("account", account)
        .setParameter("purpose", purpose)
        .executeUpdate();
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    AccountToken token = new AccountToken(account, purpose, hash(secret), newEmail, now);
    em.persist(token);
    em.flush();
    return new Issued(token.getId(), secret);
  }

  /**
   * Locks the account's row until the transaction ends, so that two requests for its links
   * (asynchronous ones may run side by side) count and issue one after the other.
   */
  public void lock(Account account) {
    em.lock(account, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * How many links of {@code purpose} were mailed to {@code address} since {@code since}, for any
   * account (a {@link Purpose#EMAIL} link goes to the new address, the others to the account's).
   */
  public long sentToSince(String address, Purpose purpose, Instant since) {
    return em.createNamedQuery(AccountToken.SENT_TO_SINCE, Long.class)
        .setParameter("address", Account.normaliseEmail(address))
        .setParameter("purpose", purpose)
        .setParameter("since", since)
        .getSingleResult();
  }

  /**
   * Whether {@code secret} is a usable token of {@code purpose}, without using it (to decide which
   * form a page shows).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String refusal(String secret, Purpose purpose) {
    AccountToken token = find(secret, false);
    return token == null ? unknown() : token.refusal(purpose, clock.instant());
  }

  /**
   * Uses the token and returns its account. The row is locked, so of two requests racing with the
   * same link only one succeeds.
   *
   * @throws InvalidInputException when the link is unknown, used, expired or for something else
   */
  public Account redeem(String secret, Purpose purpose) {
    return redeemToken(secret, purpose).getAccount();
  }

  /** As {@link #redeem}, giving the token (to read what it carries). */
  public AccountToken redeemToken(String secret, Purpose purpose) {
    AccountToken token = find(secret, true);
    String refusal = token == null ? unknown() : token.refusal(purpose, clock.instant());
    if (refusal != null) {
      throw new InvalidInputException(java.util.List.of(new Problem("token", refusal)));
    }
    token.use(clock.instant());
    return token;
  }

  private AccountToken find(String secret, boolean lock) {
    if (secret == null || secret.isBlank() || secret.length() > TOKEN_MAX_LENGTH) {
      return null;
    }
    var query =
        em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
            .setParameter("hash", hash(secret.strip()));
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultStream().findFirst().orElse(null);
  }

  private static String unknown() {
    return "This link is not valid. Check that you copied all of it.";
  }

  static String hash(String secret) {
    return Digests.sha256Hex(secret);
  }
}
