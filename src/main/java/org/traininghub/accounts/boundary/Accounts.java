package org.traininghub.accounts.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.traininghub.accounts.control.AccountLookup;
import org.traininghub.accounts.control.AccountTokens;
import org.traininghub.accounts.control.LinkMail;
import org.traininghub.accounts.control.Passwords;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.AccountRules;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.mail.boundary.Outbox;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * How people get and keep access: coaches register and prove their address, anyone resets a
 * forgotten password by an emailed link, and a signed-in person changes their password. Answers to
 * anonymous requests never say whether an address is registered; the mail that goes (or not) does.
 */
@Stateless
public class Accounts {

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  @Inject AccountLookup lookup;

  @Inject AccountTokens tokens;

  @Inject LinkMail links;

  @Inject LinkRequests requests;

  @Inject SignInGuard guard;

  @Inject Outbox outbox;

  @Inject AuditLog audit;

  @Inject HubSettings hub;

  @Inject Clock clock;

  @Inject Event<NewsletterChoice> newsletter;

  /** What a coach enters to register. */
  public record Registration(
      String name,
      String email,
      String password,
      String confirmation,
      Long pcnId,
      boolean newsletter) {}

  /**
   * Registers a coach, who must then follow the link mailed to them. If the address already has an
   * account, that account's owner is mailed instead; the answer is the same either way.
   *
   * @throws InvalidInputException when a field is wrong; nothing is saved
   */
  public void register(Registration form) {
    List<Problem> problems = new ArrayList<>();
    problems.addAll(AccountRules.name("name", form.name()));
    problems.addAll(AccountRules.email("email", form.email()));
    problems.addAll(AccountRules.newPassword("password", form.password(), form.email()));
    problems.addAll(AccountRules.confirmation(form.password(), form.confirmation()));
    Pcn pcn = form.pcnId() == null ? null : em.find(Pcn.class, form.pcnId());
    if (form.pcnId() != null && (pcn == null || pcn.isRetired())) {
      problems.add(new Problem("pcn", "Choose your PCN from the list"));
    }
    InvalidInputException.throwIfAny(problems);
    // Hashed before looking the address up, so both answers take as long.
    String hash = passwords.hash(form.password().toCharArray());
    Optional<Account> existing = lookup.byEmail(form.email());
    if (existing.isPresent()) {
      Account account = existing.get();
      // One such mail an hour at most: the key repeats within the hour.
      long hour = clock.instant().getEpochSecond() / 3600;
      outbox.enqueue(
          account.getId(),
          "already-registered:" + account.getId() + ":" + hour,
          account.getEmail(),
          "already-registered",
          Map.of(
              "name", account.getDisplayName(),
              "signInLink", hub.absolute("/signin.xhtml"),
              "resetLink", hub.absolute("/access/forgot-password.xhtml")));
      return;
    }
    Account account =
        Account.registeredCoach(
            form.email(), form.name().strip(), hash, pcn, form.newsletter(), clock.instant());
    em.persist(account);
    em.flush();
    audit.recordAs(account.getId(), "Registered", "Account " + account.getId());
    sendVerification(account);
  }

  /** Issues and mails a verification link (within the address's allowance). */
  public void sendVerification(Account account) {
    links.send(account, Purpose.VERIFY, null, "verify-email", "/access/verify.xhtml", Map.of());
  }

  /**
   * Sends a fresh verification link if the address has an unverified account, after the answer: the
   * caller learns nothing, not even from how long the answer takes.
   *
   * @throws InvalidInputException when the address is not an address
   */
  public void resendVerification(String email) {
    requireEmail(email);
    requests.resendVerification(email);
  }

  /**
   * Proves the address of the account the link was sent for.
   *
   * @throws InvalidInputException when the link is unknown, used or expired
   */
  public void verify(String secret) {
    Account account = tokens.redeem(secret, Purpose.VERIFY);
    account.verify();
    audit.recordAs(account.getId(), "Address verified", "Account " + account.getId());
    if (account.isNewsletter()) {
      // The box ticked at registration becomes a subscription now that the address is proven.
      newsletter.fire(
          new NewsletterChoice(
              account.getEmail(), account.getDisplayName(), true, true, account.getCreatedAt()));
    }
  }

  /** Why the link cannot be used, or null when it can. */
  public String linkRefusal(String secret, Purpose purpose) {
    return tokens.refusal(secret, purpose);
  }

  /**
   * Mails a reset link if the address has an account, after the answer: the caller learns nothing,
   * not even from how long the answer takes.
   *
   * @throws InvalidInputException when the address is not an address
   */
  public void requestPasswordReset(String email) {
    requireEmail(email);
    requests.passwordReset(email);
  }

  /**
   * Sets a new password through a reset link, which also proves the address. The link works once.
   *
   * @throws InvalidInputException when the password breaks a rule (the link stays usable) or the
   *     link cannot be used
   */
  public void resetPassword(String secret, String newPassword, String confirmation) {
    Account account = tokens.redeem(secret, Purpose.RESET);
    List<Problem> problems = new ArrayList<>();
    problems.addAll(AccountRules.newPassword("password", newPassword, account.getEmail()));
    problems.addAll(AccountRules.confirmation(newPassword, confirmation));
    InvalidInputException.throwIfAny(problems);
    account.changePassword(passwords.hash(newPassword.toCharArray()), clock.instant());
    account.verify();
    // The owner proved the address: failed guesses by anyone else no longer hold them up.
    guard.forget(account.getEmail());
    audit.recordAs(account.getId(), "Password reset", "Account " + account.getId());
    notifyPasswordChanged(account);
  }

  /**
   * Changes the signed-in person's password after checking the current one. Every problem is named
   * at once: the current password missing or wrong, the new one breaking a rule or the same as the
   * current one, the confirmation not matching. Every session of the account signed in before ends.
   *
   * @return the moment from which sessions count: the caller's own session carries on from it
   * @throws InvalidInputException when any of those; nothing is changed
   */
  @Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
  public Instant changePassword(
      long accountId, String currentPassword, String newPassword, String confirmation) {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new IllegalStateException("No account for the caller");
    }
    List<Problem> problems = new ArrayList<>();
    boolean currentRight = false;
    if (currentPassword == null || currentPassword.isEmpty()) {
      problems.add(new Problem("current", "Enter your current password"));
    } else if (passwords.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
      currentRight = true;
    } else {
      problems.add(new Problem("current", "Your current password is not right"));
    }
    problems.addAll(AccountRules.newPassword("password", newPassword, account.getEmail()));
    if (currentRight && currentPassword.equals(newPassword)) {
      problems.add(
          new Problem("password", "Choose a new password that is different from your current one"));
    }
    problems.addAll(AccountRules.confirmation(newPassword, confirmation));
    InvalidInputException.throwIfAny(problems);
    account.changePassword(passwords.hash(newPassword.toCharArray()), clock.instant());
    audit.recordAs(account.getId(), "Password changed", "Account " + account.getId());
    notifyPasswordChanged(account);
    return account.getSessionsValidAfter();
  }

  private void notifyPasswordChanged(Account account) {
    outbox.enqueue(
        account.getId(),
        "password-changed:" + account.getId() + ":" + account.getPasswordChangedAt().toEpochMilli(),
        account.getEmail(),
        "password-changed",
        Map.of(
            "name", account.getDisplayName(),
            "resetLink", hub.absolute("/access/forgot-password.xhtml")));
  }

  private static void requireEmail(String email) {
    InvalidInputException.throwIfAny(AccountRules.email("email", email));
  }
}
