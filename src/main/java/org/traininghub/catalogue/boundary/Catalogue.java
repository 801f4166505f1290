package org.traininghub.catalogue.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.traininghub.catalogue.control.CatalogueQuery;
import org.traininghub.catalogue.control.ItemTableQuery;
import org.traininghub.catalogue.control.Slugs;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.catalogue.entity.CatalogueRules;
import org.traininghub.catalogue.entity.ItemDetails;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;
import org.traininghub.platform.web.PublicPageCache.PublicContentChanged;

/** The catalogue's one way in: public reads for everyone, changes for hub admins only. */
@Stateless
public class Catalogue {

  /** EclipseLink's hint for results nobody will change: no copies kept to detect changes. */
  private static final String READ_ONLY = "eclipselink.read-only";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Event<PublicContentChanged> changed;

  @Inject AuditLog audit;

  /**
   * Items matching {@code query}, one page of them; retired items only when asked for. Three
   * statements, whatever the page: the count and the page's ids (see {@link CatalogueSearch}), then
   * the items of those ids.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<CatalogueItem> search(CatalogueQuery query, boolean includeRetired) {
    CatalogueSearch search = new CatalogueSearch(query, includeRetired, LocalDate.now(clock));
    return search.list().page(em, query.pageRequest(), this::withIds, CatalogueItem::getId);
  }

  /** The items of {@code ids}, in any order; public reads: no change tracking, no copies. */
  private List<CatalogueItem> withIds(List<Long> ids) {
    return em.createNamedQuery(CatalogueItem.WITH_IDS, CatalogueItem.class)
        .setParameter("ids", ids)
        .setHint(READ_ONLY, true)
        .getResultList();
  }

  /** A listed item by its address; retired items are not listed. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<CatalogueItem> findListed(String slug) {
    return findBySlug(slug).filter(item -> !item.isRetired());
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<CatalogueItem> findListed(long id) {
    return Optional.ofNullable(em.find(CatalogueItem.class, id)).filter(item -> !item.isRetired());
  }

  /** How many items, retired ones too, the admins' table has for {@code query}'s text. */
  @Allowed(Role.HUB_ADMIN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long countForTable(ItemTableQuery query) {
    return new ItemTableSearch(query).list().count(em);
  }

  /**
   * One page of the admins' table of every item, retired ones too, found and sorted as asked: the
   * page's ids (read from the nearer end of the {@code total} items the table counted), then the
   * items of those ids (see {@link ListQuery}).
   */
  @Allowed(Role.HUB_ADMIN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<CatalogueItem> pageForTable(ItemTableQuery query, long total) {
    List<Long> ids = new ItemTableSearch(query).list().ids(em, query.page(), total);
    return ListQuery.inOrder(ids, this::withIds, CatalogueItem::getId);
  }

  @Allowed(Role.HUB_ADMIN)
  public Optional<CatalogueItem> find(long id) {
    return Optional.ofNullable(em.find(CatalogueItem.class, id));
  }

  private Optional<CatalogueItem> findBySlug(String slug) {
    return em.createNamedQuery(CatalogueItem.BY_SLUG, CatalogueItem.class)
        .setParameter("slug", slug)
        .setHint(READ_ONLY, true)
        .getResultStream()
        .findFirst();
  }

  @Allowed(Role.HUB_ADMIN)
  public CatalogueItem create(ItemDetails details) {
    refuseSecond(details, null);
    CatalogueItem item = add(details, false);
    audit.record("catalogue item added", item.getSlug());
    return item;
  }

  /**
   * Adds the accredited courses of a CSV import, all or none: one bad course rolls back the rest.
   *
   * @throws InvalidInputException naming the course (counting from 1) that broke the rules
   */
  @Allowed(Role.HUB_ADMIN)
  public List<CatalogueItem> importCourses(List<ItemDetails> courses) {
    List<CatalogueItem> added = new ArrayList<>();
    for (int n = 0; n < courses.size(); n++) {
      ItemDetails course = courses.get(n);
      Optional<CatalogueItem> same = sameItem(course, null);
      if (same.isPresent()) {
        Problem problem = CatalogueRules.alreadyListed(course.title(), same.get().isRetired());
        throw new InvalidInputException(
            List.of(new Problem("title", "Course " + (n + 1) + ": " + problem.message())));
      }
      added.add(add(course, false));
      em.flush();
    }
    changed.fire(new PublicContentChanged());
    audit.record("courses imported", added.size() + " accredited courses");
    return added;
  }

  /** Adds one of the demo items of the embedded default (see {@code DemoCatalogue}). */
  public CatalogueItem addDemoItem(ItemDetails details) {
    return add(details, true);
  }

  public long demoItemCount() {
    return em.createNamedQuery(CatalogueItem.COUNT_DEMO, Long.class).getSingleResult();
  }

  private CatalogueItem add(ItemDetails details, boolean demo) {
    String base = Slugs.of(details.title());
    String slug = Slugs.unique(base, slugsLike(base));
    CatalogueItem item = new CatalogueItem(slug, details, demo, clock.instant());
    em.persist(item);
    changed.fire(new PublicContentChanged());
    return item;
  }

  /**
   * Replaces an item's details, provided nobody changed it since {@code expectedVersion} was read.
   *
   * @throws OptimisticLockException when someone else saved it in between
   */
  @Allowed(Role.HUB_ADMIN)
  public CatalogueItem revise(long id, int expectedVersion, ItemDetails details) {
    CatalogueItem item = em.find(CatalogueItem.class, id);
    if (item == null) {
      throw new InvalidInputException(List.of(new Problem("id", "This item no longer exists")));
    }
    if (item.getVersion() != expectedVersion) {
      throw new OptimisticLockException("Catalogue item " + id + " was changed by someone else");
    }
    refuseSecond(details, id);
    item.revise(details, clock.instant());
    changed.fire(new PublicContentChanged());
    audit.record("catalogue item edited", item.getSlug());
    return item;
  }

  @Allowed(Role.HUB_ADMIN)
  public Optional<CatalogueItem> retire(long id) {
    return change(id, "catalogue item retired", item -> item.retire(clock.instant()));
  }

  @Allowed(Role.HUB_ADMIN)
  public Optional<CatalogueItem> restore(long id) {
    return change(id, "catalogue item restored", item -> item.restore(clock.instant()));
  }

  private Optional<CatalogueItem> change(long id, String action, Consumer<CatalogueItem> change) {
    Optional<CatalogueItem> item = Optional.ofNullable(em.find(CatalogueItem.class, id));
    item.ifPresent(
        found -> {
          change.accept(found);
          changed.fire(new PublicContentChanged());
          audit.record(action, found.getSlug());
        });
    return item;
  }

  /**
   * Every item's {@link CatalogueRules#sameItemKey} and whether it is retired, so that a CSV check
   * can mark the courses the catalogue already has (the catalogue holds hundreds at most).
   */
  @Allowed(Role.HUB_ADMIN)
  public Map<String, Boolean> itemKeys() {
    Map<String, Boolean> keys = new HashMap<>();
    for (Object[] row : em.createNamedQuery(CatalogueItem.NAMES, Object[].class).getResultList()) {
      String key = CatalogueRules.sameItemKey((String) row[0], (String) row[1]);
      if (key != null) {
        keys.merge(key, row[2] != null, Boolean::logicalAnd);
      }
    }
    return keys;
  }

  /** The catalogue keeps one item of each title from each provider (any capitals). */
  private void refuseSecond(ItemDetails details, Long self) {
    sameItem(details, self)
        .ifPresent(
            other ->
                InvalidInputException.throwIfAny(
                    List.of(CatalogueRules.alreadyListed(details.title(), other.isRetired()))));
  }

  private Optional<CatalogueItem> sameItem(ItemDetails details, Long self) {
    if (details.provider() == null || details.title() == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(CatalogueItem.SAME_ITEM, CatalogueItem.class)
        .setParameter("provider", details.provider().strip().toLowerCase(Locale.ROOT))
        .setParameter("title", details.title().strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .filter(other -> !other.getId().equals(self))
        .findFirst();
  }

  private Set<String> slugsLike(String base) {
    return new HashSet<>(
        em.createNamedQuery(CatalogueItem.SLUGS_LIKE, String.class)
            .setParameter("slug", base)
            .setParameter("prefix", base + "-%")
            .getResultList());
  }
}
