package org.traininghub.records.boundary;

import java.util.Set;

/**
 * The hook through which events, once they exist, tell the record which catalogue items a coach has
 * an upcoming booking for (status "booked"). Events implements it and so depends on records, never
 * the other way round; until then no bean implements it and nothing is booked.
 */
public interface BookedItems {

  /** Catalogue item ids with an upcoming booking by {@code coachId}. */
  Set<Long> upcomingFor(long coachId);
}
