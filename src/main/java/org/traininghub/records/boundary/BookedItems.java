package org.traininghub.records.boundary;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The hook through which events tell the record which catalogue items a coach has an upcoming
 * booking for (status "booked"). Events implements it ({@code events.boundary.UpcomingTraining})
 * and so depends on records, never the other way round; where no bean implements it nothing is
 * booked.
 */
public interface BookedItems {

  /**
   * The catalogue item ids each of {@code coachIds} holds a seat on an upcoming event for, in one
   * statement whatever their number; a coach with none is absent from the map.
   */
  Map<Long, Set<Long>> upcomingFor(Collection<Long> coachIds);
}
