package org.traininghub.accounts.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.traininghub.accounts.control.Passwords;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.AccountDeleting;
import org.traininghub.accounts.entity.CoachProfile;
import org.traininghub.accounts.entity.PersonalDataExporting;
import org.traininghub.mail.boundary.Outbox;
import org.traininghub.platform.audit.AuditEntry;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * A person's right to their data: everything held about the signed-in person as JSON (the account's
 * own sections, then those the other components add on {@link PersonalDataExporting}), and the
 * deletion of their account. Deleting erases the account, its profile, its links and the mail sent
 * to it; audit entries stay, naming only the account's number, which no longer leads to anyone.
 */
@Stateless
@Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
public class PersonalData {

  @PersistenceContext EntityManager em;

  @Inject Profiles profiles;

  @Inject Passwords passwords;

  @Inject Outbox outbox;

  @Inject AuditLog audit;

  @Inject SignInGuard guard;

  @Inject Event<AccountDeleting> deleting;

  @Inject Event<PersonalDataExporting> exporting;

  /** Everything held about the caller. */
  public JsonObject export() {
    Account account = profiles.callerAccount();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("exportedAt", Instant.now().toString())
            .add(
                "account",
                Json.createObjectBuilder()
                    .add("id", account.getId())
                    .add("email", account.getEmail())
                    .add("name", account.getDisplayName())
                    .add("role", account.getRole().label())
                    .add("status", account.getStatus().name())
                    .add("newsletter", account.isNewsletter())
                    .add("pcn", account.getPcn() == null ? "" : account.getPcn().getName())
                    .add("createdAt", account.getCreatedAt().toString())
                    .add("passwordChangedAt", text(account.getPasswordChangedAt())));
    CoachProfile profile = em.find(CoachProfile.class, account.getId());
    if (profile != null) {
      CoachProfile.Facts f = profile.facts();
      json.add(
          "coachProfile",
          Json.createObjectBuilder()
              .add("practice", text(f.practice()))
              .add("startedOn", text(f.startedOn()))
              .add("workingPattern", f.workingPattern() == null ? "" : f.workingPattern().label())
              .add("supervisionIntervalWeeks", text(profile.supervisionIntervalWeeks()))
              .add("firstPointOfContact", text(f.firstContact()))
              .add("gpSupervisor", text(f.gpSupervisor()))
              .add("coachingSupervisor", text(f.coachingSupervisor()))
              .add("linkWorkers", text(f.linkWorkers()))
              .add("updatedAt", profile.getUpdatedAt().toString()));
    }
    JsonArrayBuilder actions = Json.createArrayBuilder();
    em.createQuery(
            "SELECT e FROM AuditEntry e WHERE e.actorId = :id ORDER BY e.at", AuditEntry.class)
        .setParameter("id", account.getId())
        .getResultStream()
        .forEach(
            e ->
                actions.add(
                    Json.createObjectBuilder()
                        .add("at", e.getAt().toString())
                        .add("action", e.getAction())
                        .add("subject", e.getSubject())));
    json.add("auditedActions", actions);
    JsonArrayBuilder mail = Json.createArrayBuilder();
    outbox
        .of(account.getId(), account.getEmail())
        .forEach(
            m ->
                mail.add(
                    Json.createObjectBuilder()
                        .add("queuedAt", m.getCreatedAt().toString())
                        .add("to", m.getRecipient())
                        .add("subject", m.getSubject())
                        .add("status", m.getStatus().label())
                        .add("sentAt", text(m.getSentAt()))));
    json.add("emailsSentToYou", mail);
    PersonalDataExporting others = new PersonalDataExporting(account.getId());
    exporting.fire(others);
    others.sections().forEach(json::add);
    return json.build();
  }

  /**
   * Deletes the caller's account after checking their password.
   *
   * @throws InvalidInputException when the password is wrong, or the caller is the last hub admin
   */
  public void deleteMine(String password) {
    Account account = profiles.callerAccount();
    if (password == null
        || account.getPasswordHash() == null
        || !passwords.verify(password.toCharArray(), account.getPasswordHash())) {
      throw new InvalidInputException(
          List.of(new Problem("password", "Your password is not right")));
    }
    if (account.getRole() == Role.HUB_ADMIN && otherActiveAdmins(account) == 0) {
      throw new InvalidInputException(
          List.of(
              new Problem(
                  "password",
                  "You are the only hub admin: invite another admin before deleting your"
                      + " account")));
    }
    long id = account.getId();
    deleting.fire(new AccountDeleting(id));
    outbox.forget(id, account.getEmail());
    guard.forget(account.getEmail());
    em.remove(account);
    em.flush();
    audit.recordAs(id, "Account deleted", "Account " + id);
  }

  private long otherActiveAdmins(Account me) {
    return em.createQuery(
            "SELECT COUNT(a) FROM Account a WHERE a.role = :role AND a.id <> :id"
                + " AND a.status = org.traininghub.accounts.entity.AccountStatus.ACTIVE",
            Long.class)
        .setParameter("role", Role.HUB_ADMIN)
        .setParameter("id", me.getId())
        .getSingleResult();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
