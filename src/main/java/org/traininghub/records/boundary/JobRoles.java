package org.traininghub.records.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.CoachProfile;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;
import org.traininghub.records.entity.Pathway;

/**
 * A coach's job role, which decides the pathway their record follows: one of the roles a pathway
 * exists for, Health and Wellbeing Coach until they choose another. Kept on the coach's profile row
 * (V38); the coach chooses it on their record, a hub admin on the coach's readiness page. A change
 * is audited and makes the coach's compliance summary out of date.
 */
@Stateless
public class JobRoles {

  /**
   * The condition, over {@code account a}, that the coach's role is the parameter's: set-based (a
   * correlated subquery on the profile's primary key), a coach with no profile row counting as
   * HWBC.
   */
  static final String COACH_ROLE_IS =
      "COALESCE((SELECT cp.job_role FROM coach_profile cp WHERE cp.account_id = a.id), '"
          + CoachProfile.DEFAULT_JOB_ROLE
          + "') = ?";

  @PersistenceContext EntityManager em;

  @Inject CurrentAccount caller;

  @Inject AuditLog audit;

  @Inject Clock clock;

  /** The roles a coach may follow: those with a pathway, by name. */
  @Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
  public List<Pathway> choices() {
    return em.createNamedQuery(Pathway.ALL, Pathway.class).getResultList();
  }

  /** The caller's role code. */
  @Allowed(Role.COACH)
  public String mine() {
    return of(em, caller.id());
  }

  /** The caller now follows the pathway of {@code role}. */
  @Allowed(Role.COACH)
  public void chooseMine(String role) {
    choose(caller.id(), role);
  }

  /**
   * Coach {@code coachId}'s role code, for a hub admin; an id that is not a coach's is refused as
   * input.
   */
  @Allowed(Role.HUB_ADMIN)
  public String roleOf(long coachId) {
    mustBeACoach(coachId);
    return of(em, coachId);
  }

  /**
   * A hub admin sets the role coach {@code coachId} follows (the coach may change it again on their
   * record). PCN leads only read their coaches' records, so they may not.
   *
   * @return whether the role changed (choosing the role the coach has already is no change)
   */
  @Allowed(Role.HUB_ADMIN)
  public boolean chooseFor(long coachId, String role) {
    mustBeACoach(coachId);
    return choose(coachId, role);
  }

  private void mustBeACoach(long coachId) {
    Account coach = em.find(Account.class, coachId);
    if (coach == null || coach.getRole() != Role.COACH) {
      throw new InvalidInputException(List.of(new Problem("jobRole", "No such coach")));
    }
  }

  private boolean choose(long coachId, String role) {
    if (role == null
        || em.createNamedQuery(Pathway.ROLE_USED, Long.class)
                .setParameter("role", role)
                .getSingleResult()
            == 0) {
      throw new InvalidInputException(
          List.of(new Problem("jobRole", "Choose a role from the list of roles with a pathway")));
    }
    CoachProfile profile = em.find(CoachProfile.class, coachId);
    if (profile == null) {
      profile = new CoachProfile(coachId);
      profile.chooseJobRole(role, clock.instant());
      em.persist(profile);
    } else if (!role.equals(profile.getJobRole())) {
      profile.chooseJobRole(role, clock.instant());
    } else {
      return false;
    }
    new ComplianceSummaries(em).touch(coachId);
    audit.record("job role chosen", "Record of account " + coachId + ": role " + role);
    return true;
  }

  /**
   * The role codes of those of {@code coachIds} who chose one (one statement); the others follow
   * {@link CoachProfile#DEFAULT_JOB_ROLE}.
   */
  static Map<Long, String> of(EntityManager em, Collection<Long> coachIds) {
    Map<Long, String> roles = new HashMap<>();
    if (!coachIds.isEmpty()) {
      em.createQuery(
              "SELECT p.accountId, p.jobRole FROM CoachProfile p WHERE p.accountId IN :coaches",
              Object[].class)
          .setParameter("coaches", List.copyOf(coachIds))
          .getResultList()
          .forEach(row -> roles.put((Long) row[0], (String) row[1]));
    }
    return roles;
  }

  /** Coach {@code coachId}'s role code (their profile row, read once per persistence context). */
  static String of(EntityManager em, long coachId) {
    return CoachProfile.jobRoleOf(em.find(CoachProfile.class, coachId));
  }
}
