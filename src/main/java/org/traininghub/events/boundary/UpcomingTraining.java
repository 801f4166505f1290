package org.traininghub.events.boundary;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.traininghub.events.entity.Booking;
import org.traininghub.records.boundary.BookedItems;

/**
 * Events' answer to the training record's "booked": the catalogue items a coach holds a seat on a
 * published event for that has not started yet. One statement for any number of coaches, so the
 * compliance report asks once per page.
 */
@Stateless
@Local(BookedItems.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class UpcomingTraining implements BookedItems {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Override
  public Map<Long, Set<Long>> upcomingFor(Collection<Long> coachIds) {
    if (coachIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Set<Long>> items = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(Booking.UPCOMING_ITEMS, Object[].class)
            .setParameter("accounts", List.copyOf(coachIds))
            .setParameter("now", clock.instant())
            .getResultList()) {
      items.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
    }
    return items;
  }
}
