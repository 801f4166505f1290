package org.traininghub.records.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The hook through which events tell the coach's dashboard the next hub event for each catalogue
 * item that a coach may still book. Events implements it (as with {@link BookedItems}) and so
 * depends on records, never the other way round; without an implementation no event is offered.
 */
public interface BookableEvents {

  /** An event the coach may book, for the link to its page. */
  record Next(long eventId, String title, Instant startsAt) implements Serializable {}

  /**
   * For each of {@code itemIds} that has one, the first published event for it that a coach of PCN
   * {@code pcnId} (null if none) may still book at {@code now}; found in one query for all.
   */
  Map<Long, Next> nextFor(Set<Long> itemIds, Long pcnId, Instant now);
}
