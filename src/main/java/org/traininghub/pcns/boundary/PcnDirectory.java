package org.traininghub.pcns.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/** The Primary Care Networks the hub serves, kept by hub admins. */
@Stateless
public class PcnDirectory {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  /** Every PCN, retired ones too, by name. */
  public List<Pcn> all() {
    return em.createNamedQuery(Pcn.ALL, Pcn.class).getResultList();
  }

  /** How many PCNs there are, retired ones too. */
  @Allowed(Role.HUB_ADMIN)
  public long count() {
    return em.createNamedQuery(Pcn.COUNT, Long.class).getSingleResult();
  }

  /** One page of every PCN, retired ones too, by name (Z to A when {@code descending}). */
  @Allowed(Role.HUB_ADMIN)
  public List<Pcn> page(boolean descending, PageRequest page) {
    return em.createNamedQuery(descending ? Pcn.ALL_NAME_DESCENDING : Pcn.ALL, Pcn.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
  }

  /**
   * Adds a PCN, or renames one when {@code id} is given.
   *
   * @throws InvalidInputException when the name or code is wrong or already used by another PCN
   */
  @Allowed(Role.HUB_ADMIN)
  public Pcn save(Long id, String name, String odsCode) {
    List<Problem> problems = Pcn.check(name, odsCode);
    if (problems.isEmpty()) {
      problems = clashes(id, name, odsCode);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (id == null) {
      Pcn pcn = new Pcn(name, odsCode, clock.instant());
      em.persist(pcn);
      audit.record("PCN added", pcn.getName());
      return pcn;
    }
    Pcn pcn = em.find(Pcn.class, id);
    if (pcn == null) {
      throw new InvalidInputException(List.of(new Problem("name", "This PCN no longer exists")));
    }
    pcn.rename(name, odsCode, clock.instant());
    audit.record("PCN renamed", pcn.getName());
    return pcn;
  }

  @Allowed(Role.HUB_ADMIN)
  public Optional<Pcn> retire(long id) {
    return change(id, "PCN retired", pcn -> pcn.retire(clock.instant()));
  }

  @Allowed(Role.HUB_ADMIN)
  public Optional<Pcn> restore(long id) {
    return change(id, "PCN restored", pcn -> pcn.restore(clock.instant()));
  }

  private Optional<Pcn> change(long id, String action, Consumer<Pcn> change) {
    Optional<Pcn> pcn = Optional.ofNullable(em.find(Pcn.class, id));
    pcn.ifPresent(
        found -> {
          change.accept(found);
          audit.record(action, found.getName());
        });
    return pcn;
  }

  /** Which other PCN already has this name, and which this ODS code, each beside its field. */
  private List<Problem> clashes(Long id, String name, String odsCode) {
    String code = Pcn.normaliseCode(odsCode);
    String lowerName = name.strip().toLowerCase(Locale.UK);
    List<Pcn> others =
        em.createNamedQuery(Pcn.CLASHES, Pcn.class)
            .setParameter("id", id == null ? -1L : id)
            .setParameter("name", lowerName)
            .setParameter("odsCode", code == null ? "" : code)
            .getResultList();
    List<Problem> problems = new ArrayList<>();
    for (Pcn other : others) {
      String retired = other.isRetired() ? " (retired: restore it instead)" : "";
      if (other.getName().toLowerCase(Locale.UK).equals(lowerName)) {
        problems.add(
            new Problem("name", "There is already a PCN called " + other.getName() + retired));
      }
      if (code != null && code.equals(other.getOdsCode())) {
        problems.add(
            new Problem(
                "odsCode",
                "The ODS code " + code + " already belongs to " + other.getName() + retired));
      }
    }
    return problems;
  }
}
