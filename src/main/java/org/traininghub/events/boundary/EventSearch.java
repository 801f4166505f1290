package org.traininghub.events.boundary;

import java.time.Instant;
import org.traininghub.events.control.EventQuery;
import org.traininghub.events.entity.EventStatus;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.SortKey;
import org.traininghub.platform.time.UtcInstantConverter;

/**
 * Turns an {@link EventQuery} into the {@link ListQuery} of published events in time order, served
 * by the index {@code ix_event_upcoming (status, starts_at, id)}. Every value is a bound parameter.
 */
final class EventSearch {

  private EventSearch() {}

  /**
   * Published events of {@code query} starting from {@code notBefore} (or from the query's first
   * day when that is later; from any time when both are null) and before the end of its last day.
   */
  static ListQuery of(EventQuery query, Instant notBefore) {
    ListQuery list = new ListQuery("event e").where("e.status = ?", EventStatus.PUBLISHED.name());
    Instant start = notBefore == null ? query.start(Instant.MIN) : query.start(notBefore);
    if (start != Instant.MIN) {
      list.where("e.starts_at >= ?", UtcInstantConverter.utc(start));
    }
    if (query.end() != null) {
      list.where("e.starts_at < ?", UtcInstantConverter.utc(query.end()));
    }
    if (query.kind() != null) {
      list.where("e.kind = ?", query.kind().name());
    }
    if (query.online() != null) {
      list.where("e.online = ?", query.online());
    }
    return list.orderBy(Order.DATE);
  }

  /** Soonest first; the id keeps events starting at the same moment in one order. */
  enum Order implements SortKey {
    DATE;

    @Override
    public String orderBy() {
      return "e.starts_at, e.id";
    }
  }
}
