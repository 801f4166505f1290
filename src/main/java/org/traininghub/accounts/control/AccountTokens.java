package org.traininghub.accounts.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.AccountToken;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.platform.security.LinkTokens;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * Issues and redeems an account's single-use links sent by email; the secret itself is made, hashed
 * and checked by {@link LinkTokens}, which links without an account use too. Issuing a link
 * withdraws the account's earlier unused links of the same purpose.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccountTokens {

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
    LinkTokens.Issued secret = LinkTokens.issue();
    AccountToken token = new AccountToken(account, purpose, secret.hash(), newEmail, now);
    em.persist(token);
    em.flush();
    return new Issued(token.getId(), secret.secret());
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
    AccountToken token = find(secret);
    return token == null ? LinkTokens.UNKNOWN : token.refusal(purpose, clock.instant());
  }

  /**
   * Uses the token and returns its account. The rows are locked, so of two requests racing with the
   * same link only one succeeds.
   *
   * @throws InvalidInputException when the link is unknown, used, expired or for something else
   */
  public Account redeem(String secret, Purpose purpose) {
    return redeemToken(secret, purpose).getAccount();
  }

  /**
   * As {@link #redeem}, giving the token (to read what it carries). Rows are locked in the order
   * every writer of an account's links uses: the account first, then its token ({@link LinkMail}
   * locks the account before it withdraws and issues links). Locking the token first let a
   * redemption deadlock with a link being sent at the same moment, and with the account's other
   * writers: the audit entry's foreign key takes a shared lock on the account, which the update of
   * its status then had to raise while another transaction queued for it (RegistrationIT, a
   * confirmation link used while a resend was still being answered).
   */
  public AccountToken redeemToken(String secret, Purpose purpose) {
    AccountToken token = find(secret);
    if (token != null) {
      em.refresh(token.getAccount(), LockModeType.PESSIMISTIC_WRITE);
      em.refresh(token, LockModeType.PESSIMISTIC_WRITE);
    }
    String refusal = token == null ? LinkTokens.UNKNOWN : token.refusal(purpose, clock.instant());
    if (refusal != null) {
      throw new InvalidInputException(List.of(new Problem("token", refusal)));
    }
    token.use(clock.instant());
    return token;
  }

  private AccountToken find(String secret) {
    String hash = LinkTokens.lookupHash(secret).orElse(null);
    if (hash == null) {
      return null;
    }
    return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .filter(t -> t.opensWith(secret))
        .findFirst()
        .orElse(null);
  }
}
