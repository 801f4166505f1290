package org.traininghub.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.traininghub.events.entity.EventStatus;
import org.traininghub.platform.security.Role;
import org.traininghub.records.boundary.BookableEvents;

/**
 * Offers the coach's dashboard the next bookable event for each catalogue item of an open
 * requirement: published, before its booking deadline and start, open to coaches and to the coach's
 * PCN (or to every PCN). One query for all the items, in start order (ix_event_catalogue_item); the
 * first row per item wins.
 */
@Stateless
public class NextEventsForRecords implements BookableEvents {

  static final String UPCOMING_FOR_ITEMS =
      "SELECT e.id, e.catalogueItemId, e.title, e.startsAt FROM Event e"
          + " JOIN e.audienceRoles audience LEFT JOIN e.audiencePcnIds onlyPcn"
          + " WHERE e.catalogueItemId IN :items AND e.status = :published"
          + " AND e.startsAt > :now AND e.bookingDeadline >= :now AND audience = :coach"
          + " AND (onlyPcn IS NULL OR onlyPcn = :pcn)"
          + " ORDER BY e.startsAt, e.id";

  @PersistenceContext EntityManager em;

  @Override
  public Map<Long, Next> nextFor(Set<Long> itemIds, Long pcnId, Instant now) {
    Map<Long, Next> next = new LinkedHashMap<>();
    if (itemIds.isEmpty()) {
      return next;
    }
    em.createQuery(UPCOMING_FOR_ITEMS, Object[].class)
        .setParameter("items", itemIds)
        .setParameter("published", EventStatus.PUBLISHED)
        .setParameter("now", now)
        .setParameter("coach", Role.COACH)
        .setParameter("pcn", pcnId == null ? -1L : pcnId)
        .getResultStream()
        .forEach(
            row ->
                next.putIfAbsent(
                    (Long) row[1], new Next((Long) row[0], (String) row[2], (Instant) row[3])));
    return next;
  }
}
