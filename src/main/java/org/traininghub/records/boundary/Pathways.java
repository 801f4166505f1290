package org.traininghub.records.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;
import org.traininghub.platform.web.PublicPageCache.PublicContentChanged;
import org.traininghub.records.entity.Pathway;
import org.traininghub.records.entity.PathwayEdits;
import org.traininghub.records.entity.Requirement;

/**
 * Hub admins keep the pathways without code: a pathway per role, and its requirements added,
 * reworded, retired and restored (never deleted: completions refer to them). Every change is
 * audited and fires {@link PublicContentChanged} in its transaction, so {@link
 * CatalogueRequiredFlags} brings the catalogue's "required for the role" flags up to date before it
 * commits and the public pages that show them are rendered afresh.
 */
@Stateless
@Allowed(Role.HUB_ADMIN)
public class Pathways {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject Event<PublicContentChanged> changed;

  /** A catalogue item an admin may link to a requirement. */
  public record ItemChoice(long id, String label) implements Serializable {}

  /** Every pathway, by name (one per role: few rows). */
  public List<Pathway> all() {
    return em.createNamedQuery(Pathway.ALL, Pathway.class).getResultList();
  }

  public Optional<Pathway> find(long id) {
    return Optional.ofNullable(em.find(Pathway.class, id));
  }

  /** A pathway's requirements, retired ones too, in order, with their items. */
  public List<Requirement> requirements(long pathwayId) {
    return em.createNamedQuery(Requirement.OF_PATHWAY, Requirement.class)
        .setParameter("pathway", pathwayId)
        .getResultList();
  }

  /** The catalogue items still listed, by title, to link to a requirement. */
  public List<ItemChoice> items() {
    return em.createQuery(
            "SELECT i.id, i.title, i.provider FROM CatalogueItem i WHERE i.retiredAt IS NULL"
                + " ORDER BY i.title, i.id",
            Object[].class)
        .getResultStream()
        .map(row -> new ItemChoice((Long) row[0], row[1] + " (" + row[2] + ")"))
        .toList();
  }

  /**
   * Adds an empty pathway for a role.
   *
   * @throws InvalidInputException when the code or name is wrong or the role has a pathway
   */
  public Pathway addPathway(String roleCode, String name) {
    List<Problem> problems = new ArrayList<>(PathwayEdits.pathway(roleCode, name));
    if (problems.isEmpty()
        && em.createNamedQuery(Pathway.ROLE_USED, Long.class)
                .setParameter("role", roleCode.strip().toUpperCase(java.util.Locale.ROOT))
                .getSingleResult()
            > 0) {
      problems.add(
          new Problem(
              "roleCode",
              "The role "
                  + roleCode.strip().toUpperCase(java.util.Locale.ROOT)
                  + " already has a pathway: add requirements to it instead"));
    }
    InvalidInputException.throwIfAny(problems);
    Pathway pathway = new Pathway(roleCode, name, clock.instant());
    em.persist(pathway);
    em.flush();
    audit.record("pathway added", pathway.getRoleCode() + " " + pathway.getName());
    return pathway;
  }

  /**
   * Adds a requirement at the end of a pathway.
   *
   * @throws InvalidInputException when a detail is wrong, the code is taken in this pathway, or a
   *     chosen item is not in the catalogue
   */
  public Requirement addRequirement(long pathwayId, PathwayEdits.Details details) {
    Pathway pathway =
        find(pathwayId)
            .orElseThrow(
                () -> refused("code", "This pathway no longer exists: go back to the list"));
    check(pathwayId, null, details);
    Integer last =
        em.createNamedQuery(Requirement.LAST_POSITION, Integer.class)
            .setParameter("pathway", pathwayId)
            .getSingleResult();
    Requirement requirement =
        new Requirement(pathwayId, (last == null ? 0 : last) + Requirement.POSITION_STEP, details);
    em.persist(requirement);
    em.flush();
    audit.record("pathway requirement added", pathway.getRoleCode() + " " + requirement.getCode());
    new ComplianceSummaries(em).touchAll();
    changed.fire(new PublicContentChanged());
    return requirement;
  }

  /**
   * Changes a requirement's wording, flags, items or interval (its code and kind stay).
   *
   * @throws InvalidInputException as for {@link #addRequirement}
   */
  public Requirement editRequirement(long requirementId, PathwayEdits.Details details) {
    Requirement requirement =
        Optional.ofNullable(em.find(Requirement.class, requirementId))
            .orElseThrow(() -> refused("title", "This requirement no longer exists"));
    PathwayEdits.Details kept = keepCodeAndKind(requirement, details);
    check(requirement.getPathwayId(), requirement.getId(), kept);
    requirement.apply(kept);
    new ComplianceSummaries(em).touchAll();
    audit.record("pathway requirement changed", subject(requirement));
    changed.fire(new PublicContentChanged());
    return requirement;
  }

  /** Retires a requirement: it drops out of every coach's status; its history stays. */
  public Optional<Requirement> retire(long requirementId) {
    return change(requirementId, "pathway requirement retired", r -> r.retire(clock.instant()));
  }

  public Optional<Requirement> restore(long requirementId) {
    return change(requirementId, "pathway requirement restored", Requirement::restore);
  }

  private Optional<Requirement> change(
      long requirementId, String action, Consumer<Requirement> change) {
    Optional<Requirement> found = Optional.ofNullable(em.find(Requirement.class, requirementId));
    found.ifPresent(
        r -> {
          change.accept(r);
          new ComplianceSummaries(em).touchAll();
          audit.record(action, subject(r));
          changed.fire(new PublicContentChanged());
        });
    return found;
  }

  private void check(long pathwayId, Long requirementId, PathwayEdits.Details details) {
    List<Problem> problems = new ArrayList<>(PathwayEdits.requirement(details));
    if (problems.stream().noneMatch(p -> p.field().equals("code"))
        && em.createNamedQuery(Requirement.CODE_USED, Long.class)
                .setParameter("pathway", pathwayId)
                .setParameter("code", details.code())
                .setParameter("id", requirementId == null ? -1L : requirementId)
                .getSingleResult()
            > 0) {
      problems.add(
          new Problem(
              "code",
              "This pathway already has a requirement "
                  + details.code()
                  + " (perhaps retired: restore it instead): choose another code"));
    }
    if (!details.itemIds().isEmpty()
        && em.createQuery("SELECT COUNT(i) FROM CatalogueItem i WHERE i.id IN :ids", Long.class)
                .setParameter("ids", details.itemIds())
                .getSingleResult()
            != details.itemIds().size()) {
      problems.add(new Problem("items", "Choose the items from the list: one is no longer there"));
    }
    if (details.anyItemKind() != null
        && java.util.Arrays.stream(ItemKind.values())
            .noneMatch(k -> k.name().equals(details.anyItemKind()))) {
      problems.add(new Problem("anyItemKind", "Choose a kind of item from the list"));
    }
    InvalidInputException.throwIfAny(problems);
  }

  private static PathwayEdits.Details keepCodeAndKind(Requirement r, PathwayEdits.Details d) {
    return new PathwayEdits.Details(
        r.getCode(),
        d.title(),
        d.summary(),
        r.getKind(),
        d.mandatory(),
        d.reimbursementCondition(),
        d.itemIds(),
        d.anyItemKind(),
        d.acknowledgementVersion(),
        d.intervalMonths(),
        d.profileFact(),
        d.dueWithinMonths(),
        d.validForMonths(),
        d.externalUrl());
  }

  private String subject(Requirement r) {
    return find(r.getPathwayId()).map(Pathway::getRoleCode).orElse("?") + " " + r.getCode();
  }

  private static InvalidInputException refused(String field, String message) {
    return new InvalidInputException(List.of(new Problem(field, message)));
  }
}
