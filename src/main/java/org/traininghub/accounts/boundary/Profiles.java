package org.traininghub.accounts.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.traininghub.accounts.control.AccountLookup;
import org.traininghub.accounts.control.AccountTokens;
import org.traininghub.accounts.control.LinkMail;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.AccountRules;
import org.traininghub.accounts.entity.AccountToken;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.accounts.entity.CoachProfile;
import org.traininghub.mail.boundary.Outbox;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * The signed-in person's own details: name, address, PCN, newsletter, and for coaches the profile
 * the role's rules ask for. A new address takes effect only once confirmed from that address.
 */
@Stateless
public class Profiles {

  @PersistenceContext EntityManager em;

  @Inject CurrentAccount caller;

  @Inject AccountTokens tokens;

  @Inject AccountLookup lookup;

  @Inject LinkMail links;

  @Inject Outbox outbox;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject Event<NewsletterChoice> newsletter;

  /** Someone else saved the same profile after this form was opened; nothing was saved. */
  @ApplicationException(rollback = true)
  public static class ChangedMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChangedMeanwhile() {
      super("The profile was changed by someone else meanwhile");
    }
  }

  /** The form: what the person can change, and the version they started from. */
  public record Form(
      String name,
      String email,
      Long pcnId,
      boolean newsletter,
      CoachProfile.Facts facts,
      Role role,
      int version)
      implements Serializable {}

  @Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
  public Form mine() {
    Account account = callerAccount();
    CoachProfile profile = em.find(CoachProfile.class, account.getId());
    return new Form(
        account.getDisplayName(),
        account.getEmail(),
        account.getPcn() == null ? null : account.getPcn().getId(),
        account.isNewsletter(),
        profile == null
            ? new CoachProfile.Facts(null, null, null, null, null, null, null, null)
            : profile.facts(),
        account.getRole(),
        account.getVersion());
  }

  /**
   * Saves the caller's details. A changed address is not taken yet: a link goes to the new address,
   * and the address changes when it is followed.
   *
   * @return whether a confirmation link was sent to a new address
   * @throws InvalidInputException when a field is wrong; nothing is saved
   * @throws ChangedMeanwhile when the profile was saved elsewhere since {@code form} was read;
   *     nothing is saved and no mail goes
   */
  @Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
  public boolean save(Form form) {
    Account account = callerAccount();
    InvalidInputException.throwIfAny(problems(account, form));
    Pcn pcn = form.pcnId() == null ? null : em.find(Pcn.class, form.pcnId());
    boolean coach = account.getRole() == Role.COACH;
    boolean newAddress = !Account.normaliseEmail(form.email()).equals(account.getEmail());
    // Whether another account has the new address is not said here: the link goes to the address
    // either way, and its owner learns there (confirmNewEmail) that nothing can change. The mail
    // names nobody, since the address is not proven to be the sender's.
    if (newAddress
        && !links.send(
            account,
            Purpose.EMAIL,
            Account.normaliseEmail(form.email()),
            "confirm-new-email",
            "/access/confirm-email.xhtml",
            Map.of())) {
      throw new InvalidInputException(
          List.of(
              new Problem(
                  "email",
                  "This address has been sent "
                      + LinkMail.LINKS_PER_HOUR
                      + " confirmation links in the last hour. Use the newest one, or wait an hour"
                      + " and save again.")));
    }
    account.rename(form.name().strip());
    boolean newsletterChanged = form.newsletter() != account.isNewsletter();
    account.subscribe(form.newsletter());
    if (coach) {
      account.moveTo(pcn);
      CoachProfile profile = em.find(CoachProfile.class, account.getId());
      if (profile == null) {
        profile = new CoachProfile(account.getId());
        profile.update(form.facts(), clock.instant());
        em.persist(profile);
      } else {
        profile.update(form.facts(), clock.instant());
      }
    }
    // Like the database's own check at commit: a save from an older form undoes everything above,
    // the mail to the new address included.
    em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    if (account.getVersion() != form.version()) {
      throw new ChangedMeanwhile();
    }
    if (newsletterChanged) {
      // After the check above: the newsletter's queries flush the account, which counts a version.
      newsletter.fire(
          new NewsletterChoice(
              account.getEmail(),
              account.getDisplayName(),
              form.newsletter(),
              false,
              clock.instant()));
    }
    audit.recordAs(account.getId(), "Profile saved", "Account " + account.getId());
    return newAddress;
  }

  /**
   * Every problem with the caller's {@code form}, without saving anything; empty if it may be
   * saved.
   */
  @Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
  public List<Problem> problems(Form form) {
    return problems(callerAccount(), form);
  }

  private List<Problem> problems(Account account, Form form) {
    List<Problem> problems = new ArrayList<>();
    problems.addAll(AccountRules.name("name", form.name()));
    problems.addAll(AccountRules.email("email", form.email()));
    boolean coach = account.getRole() == Role.COACH;
    if (coach) {
      problems.addAll(CoachProfile.check(form.facts(), LocalDate.now(clock)));
    }
    Pcn pcn = form.pcnId() == null ? null : em.find(Pcn.class, form.pcnId());
    boolean pcnChanged = !sameId(pcn, account.getPcn());
    if (coach && form.pcnId() != null && (pcn == null || (pcn.isRetired() && pcnChanged))) {
      problems.add(new Problem("pcn", "Choose your PCN from the list"));
    }
    return problems;
  }

  /**
   * Takes the new address a confirmation link was sent to.
   *
   * @throws InvalidInputException when the link cannot be used or the address was taken meanwhile
   */
  public void confirmNewEmail(String secret) {
    AccountToken token = tokens.redeemToken(secret, Purpose.EMAIL);
    Account account = token.getAccount();
    if (addressTaken(token.getNewEmail())) {
      throw new InvalidInputException(
          List.of(
              new Problem(
                  "token",
                  "This address already has an account, so it cannot be used for another one."
                      + " Nothing has changed. If the account is yours, sign in with this"
                      + " address.")));
    }
    String oldAddress = account.getEmail();
    account.changeEmail(token.getNewEmail(), clock.instant());
    audit.recordAs(account.getId(), "Address changed", "Account " + account.getId());
    outbox.enqueue(
        account.getId(),
        "email-changed:" + account.getId() + ":" + token.getId(),
        oldAddress,
        "email-changed",
        Map.of("name", account.getDisplayName()));
  }

  private boolean addressTaken(String email) {
    return lookup.exists(email);
  }

  private static boolean sameId(Pcn a, Pcn b) {
    return a == null ? b == null : b != null && a.getId().equals(b.getId());
  }

  /** The signed-in caller's own account. */
  @Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
  public Account callerAccount() {
    Account account = em.find(Account.class, caller.id());
    if (account == null) {
      throw new IllegalStateException("The caller's account no longer exists");
    }
    return account;
  }
}
