package org.traininghub.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.traininghub.events.control.EventQuery;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventStatus;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.paging.PageRequest;

/**
 * The public side of events, for everyone, signed in or not: the upcoming published events (the
 * list and the API), those of a span of days (the calendar), and one event's page. Drafts are never
 * shown; a cancelled event keeps its page (people booked follow links to it) but leaves the lists.
 */
@Stateless
public class EventListing {

  /** The most events one calendar view shows (a month holds a few dozen at most). */
  static final int RANGE_MAX = 500;

  private static final String READ_ONLY = "eclipselink.read-only";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /**
   * One page of the upcoming published events matching {@code query}, soonest first: three
   * statements whatever the page (the count, the page's ids, the events of those ids).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<Event> upcoming(EventQuery query) {
    return EventSearch.of(query, clock.instant())
        .page(em, query.pageRequest(), this::withIds, Event::getId);
  }

  /**
   * The published events of {@code query}'s days (past ones too: a calendar shows the whole month),
   * soonest first, at most {@link #RANGE_MAX}; two statements.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Event> between(EventQuery query) {
    ListQuery list = EventSearch.of(query, null);
    return ListQuery.inOrder(
        list.ids(em, new PageRequest(1, RANGE_MAX)), this::withIds, Event::getId);
  }

  /**
   * An event with a public page: published, or cancelled after it was published; with its audience
   * read, so that the page can show it.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Event> findPublic(long id) {
    Optional<Event> event =
        Optional.ofNullable(em.find(Event.class, id))
            .filter(
                e ->
                    e.getStatus() == EventStatus.PUBLISHED
                        || (e.getStatus() == EventStatus.CANCELLED && e.getPublishedAt() != null));
    event.ifPresent(
        e -> {
          e.getAudienceRoles();
          e.getAudiencePcnIds();
        });
    return event;
  }

  /** The names of the PCNs of {@code ids}, in name order. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<String> pcnNames(Set<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT p.name FROM Pcn p WHERE p.id IN :ids ORDER BY p.name", String.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The events of {@code ids}, in any order; public reads: no change tracking, no copies. */
  private List<Event> withIds(List<Long> ids) {
    return em.createNamedQuery(Event.WITH_IDS, Event.class)
        .setParameter("ids", ids)
        .setHint(READ_ONLY, true)
        .getResultList();
  }
}
