package org.traininghub.accounts.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.AccountStatus;
import org.traininghub.accounts.entity.CoachProfile;
import org.traininghub.pcns.control.PcnScope;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.paging.SortKey;
import org.traininghub.platform.persistence.FullText;
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

  /** The most search words taken from a search. */
  static final int SEARCH_WORDS = 6;

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

  /** Every account whose name or address has {@code words}, optionally of one role. */
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
   * The accounts of the caller's {@link PcnScope} whose name or address has every one of {@code
   * words} (each as the start of a word, through the full-text index), by name; active ones only if
   * {@code active}. Three statements whatever the page: the count, the page's ids, and those
   * accounts with their PCN and coach profile.
   */
  private Found find(String words, Role role, boolean active, int page) {
    PcnScope scope = PcnScope.of(caller);
    ListQuery list = new ListQuery("account a");
    if (role != null) {
      list.where("a.role = ?", role.name());
    }
    if (active) {
      list.where("a.status = ?", AccountStatus.ACTIVE.name());
    }
    scope.onlyPcn().ifPresent(pcn -> list.where("a.pcn_id = ?", pcn));
    FullText.of(FullText.words(words, SEARCH_WORDS), "a.display_name", "a.email").addTo(list);
    Page<Person> found =
        list.orderBy(PeopleOrder.NAME)
            .page(em, PageRequest.of(page, PAGE_SIZE), this::withIds, Person::id);
    return new Found(found.items(), found.total());
  }

  /** The people of {@code ids}, each with their PCN and coach profile, in one statement. */
  private List<Person> withIds(List<Long> ids) {
    return em.createNamedQuery(Account.WITH_IDS, Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .map(r -> Person.of((Account) r[0], (CoachProfile) r[1]))
        .toList();
  }

  /** The orders of the lists of people. */
  enum PeopleOrder implements SortKey {
    NAME("a.display_name, a.id");

    private final String sql;

    PeopleOrder(String sql) {
      this.sql = sql;
    }

    @Override
    public String orderBy() {
      return sql;
    }
  }
}
