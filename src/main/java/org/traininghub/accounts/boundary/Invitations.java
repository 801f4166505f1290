package org.traininghub.accounts.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.traininghub.accounts.control.AccountLookup;
import org.traininghub.accounts.control.AccountTokens;
import org.traininghub.accounts.control.LinkMail;
import org.traininghub.accounts.control.Passwords;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.AccountRules;
import org.traininghub.accounts.entity.AccountStatus;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * Hub admins invite PCN leads and other hub admins by email; the invitee follows the link, chooses
 * a password, and the account is active. Coaches register themselves instead.
 */
@Stateless
public class Invitations {

  @PersistenceContext EntityManager em;

  @Inject AccountTokens tokens;

  @Inject AccountLookup lookup;

  @Inject LinkMail links;

  @Inject AuditLog audit;

  @Inject Passwords passwords;

  @Inject Clock clock;

  /**
   * Invites someone as a PCN lead (of {@code pcnId}) or a hub admin. Someone invited before who has
   * not accepted yet is sent a fresh link to the invitation they already have.
   *
   * @throws InvalidInputException when a field is wrong or the address already has an account
   */
  @Allowed(Role.HUB_ADMIN)
  public Account invite(String email, String name, Role role, Long pcnId) {
    List<Problem> problems = new ArrayList<>();
    problems.addAll(
        AccountRules.name("name", name, "Enter the full name of the person you are inviting"));
    problems.addAll(AccountRules.email("email", email));
    if (role != Role.PCN_LEAD && role != Role.HUB_ADMIN) {
      problems.add(new Problem("role", "Choose PCN lead or hub admin"));
    }
    Pcn pcn = pcnId == null ? null : em.find(Pcn.class, pcnId);
    if (role == Role.PCN_LEAD && (pcn == null || pcn.isRetired())) {
      problems.add(new Problem("pcn", "Choose the PCN this lead belongs to"));
    }
    Account existing =
        AccountRules.email("email", email).isEmpty() ? lookup.byEmail(email).orElse(null) : null;
    if (existing != null && existing.getStatus() != AccountStatus.INVITED) {
      problems.add(new Problem("email", "This address already has an account"));
    }
    InvalidInputException.throwIfAny(problems);
    if (existing != null) {
      // Invited before and not accepted yet: the invitation goes again, as first made.
      sendInvitation(existing);
      audit.record("Invitation sent again", "Account " + existing.getId());
      return existing;
    }
    Account account = Account.invited(email, name.strip(), role, pcn, clock.instant());
    em.persist(account);
    em.flush();
    sendInvitation(account);
    audit.record("Invited " + role.label(), "Account " + account.getId());
    return account;
  }

  /** Mails the invitation link, unless the address has had its allowance of them this hour. */
  private void sendInvitation(Account account) {
    boolean sent =
        links.send(
            account,
            Purpose.INVITE,
            null,
            "invitation",
            "/access/invitation.xhtml",
            Map.of(
                "role", account.getRole().label(),
                "pcn", account.getPcn() == null ? "the hub" : account.getPcn().getName(),
                "days", Long.toString(Purpose.INVITE.lifetime().toDays())));
    if (!sent) {
      throw new InvalidInputException(
          List.of(
              new Problem(
                  "email",
                  "This address has been sent "
                      + LinkMail.LINKS_PER_HOUR
                      + " invitations in the last hour. Wait an hour before inviting it again.")));
    }
  }

  /**
   * The invitee chooses a password; the account is then active.
   *
   * @throws InvalidInputException when the password breaks a rule (the link stays usable) or the
   *     link cannot be used
   */
  public void accept(String secret, String password, String confirmation) {
    Account account = tokens.redeem(secret, Purpose.INVITE);
    List<Problem> problems = new ArrayList<>();
    problems.addAll(AccountRules.newPassword("password", password, account.getEmail()));
    problems.addAll(AccountRules.confirmation(password, confirmation));
    InvalidInputException.throwIfAny(problems);
    account.changePassword(passwords.hash(password.toCharArray()), clock.instant());
    audit.recordAs(account.getId(), "Invitation accepted", "Account " + account.getId());
  }
}
