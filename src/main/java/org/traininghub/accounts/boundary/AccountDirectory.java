package org.traininghub.accounts.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.AccountStatus;
import org.traininghub.accounts.entity.CoachProfile;
import org.traininghub.pcns.control.PcnScope;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.persistence.Like;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;

/**
 * Finding people: hub admins see every account; a PCN lead sees only the coaches of their own PCN
 * ({@link PcnScope}), and asking for any other account answers "not found", never its data.
 */
@Stateless
public class AccountDirectory {

  public static final int PAGE_SIZE = 25;

  @PersistenceContext EntityManager em;

  @Inject CurrentAccount caller;

  /** One person as a list shows them, with the coach profile where there is one. */
  public record Person(
      long id,
      String name,
      String email,
      String role,
      String status,
      String pcn,
      String practice,
      LocalDate startedOn,
      String workingPattern,
      Integer supervisionIntervalWeeks,
      String firstContact,
      String gpSupervisor,
      String coachingSupervisor,
      String linkWorkers)
      implements Serializable {

    static Person of(Account a, CoachProfile p) {
      CoachProfile.Facts f =
          p == null
              ? new CoachProfile.Facts(null, null, null, null, null, null, null, null)
              : p.facts();
      return new Person(
          a.getId(),
          a.getDisplayName(),
          a.getEmail(),
          a.getRole().label(),
          a.getStatus().label(),
          a.getPcn() == null ? null : a.getPcn().getName(),
          f.practice(),
          f.startedOn(),
          f.workingPattern() == null ? null : f.workingPattern().label(),
          p == null ? null : p.supervisionIntervalWeeks(),
          f.firstContact(),
          f.gpSupervisor(),
          f.coachingSupervisor(),
          f.linkWorkers());
    }
  }

  /** A page of matching people (pages from 1) and how many match in all. */
  public record Found(List<Person> people, long total) {}

  /** Every account whose name or address contains {@code words}, optionally of one role. */
  @Allowed(Role.HUB_ADMIN)
  public Found everyone(String words, Role role, int page) {
    return find(words, role, false, page);
  }

  /**
   * The coaches of the calling PCN lead's PCN: active accounts only, since anyone may register
   * naming any PCN, and only a confirmed address makes that a coach of the PCN.
   */
  @Allowed(Role.PCN_LEAD)
  public Found coachesOfMyPcn(String words, int page) {
    return find(words, Role.COACH, true, page);
  }

  /** An active coach of the calling PCN lead's PCN; empty for anyone else. */
  @Allowed(Role.PCN_LEAD)
  public Optional<Person> coachOfMyPcn(long id) {
    PcnScope scope = PcnScope.of(caller);
    return Optional.ofNullable(em.find(Account.class, id))
        .filter(a -> a.getRole() == Role.COACH)
        .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
        .filter(a -> a.getPcn() != null && scope.covers(a.getPcn().getId()))
        .map(a -> Person.of(a, em.find(CoachProfile.class, a.getId())));
  }

  /** The PCN lead's own PCN's name. */
  @Allowed(Role.PCN_LEAD)
  public String myPcnName() {
    return em.find(Pcn.class, caller.pcnId()).getName();
  }

  /**
   * The accounts of the caller's {@link PcnScope} that match; active ones only if {@code active}.
   */
  private Found find(String words, Role role, boolean active, int page) {
    PcnScope scope = PcnScope.of(caller);
    String where =
        " WHERE 1 = 1"
            + (role == null ? "" : " AND a.role = :role")
            + (active ? " AND a.status = :active" : "")
            + scope.and("a.pcn.id")
            + " AND (LOWER(a.displayName) LIKE :w"
            + Like.ESCAPE_CLAUSE
            + " OR a.email LIKE :w"
            + Like.ESCAPE_CLAUSE
            + ")";
    String pattern = Like.containing(words == null ? "" : words.strip().toLowerCase());
    TypedQuery<Long> count =
        scope
            .bind(em.createQuery("SELECT COUNT(a) FROM Account a" + where, Long.class))
            .setParameter("w", pattern);
    TypedQuery<Object[]> rows =
        scope
            .bind(
                em.createQuery(
                    "SELECT a, p FROM Account a LEFT JOIN CoachProfile p ON p.accountId = a.id"
                        + where
                        + " ORDER BY a.displayName, a.id",
                    Object[].class))
            .setParameter("w", pattern)
            .setFirstResult(PageRequest.of(page, PAGE_SIZE).offset())
            .setMaxResults(PAGE_SIZE);
    if (role != null) {
      count.setParameter("role", role);
      rows.setParameter("role", role);
    }
    if (active) {
      count.setParameter("active", AccountStatus.ACTIVE);
      rows.setParameter("active", AccountStatus.ACTIVE);
    }
    List<Person> people =
        rows.getResultStream().map(r -> Person.of((Account) r[0], (CoachProfile) r[1])).toList();
    return new Found(people, count.getSingleResult());
  }
}
