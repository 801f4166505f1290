package org.traininghub.platform.paging;

/**
 * One order a list may be shown in: the list's whitelist of orders is an enum implementing this,
 * and a request only picks one of them by name, so no request text reaches an {@code ORDER BY}. The
 * order ends with a unique column (the id), so that pages never overlap or skip a row, and a list
 * that needs no page numbers (a feed, an export) can seek past the last row it showed instead of
 * counting an offset. An index holding these columns (with the list's filters) serves the order.
 */
public interface SortKey {

  /** The SQL after {@code ORDER BY}: columns of the list's table alias, ending with its id. */
  String orderBy();
}
