package org.traininghub.platform.paging;

import java.util.ArrayList;
import java.util.List;

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

  /**
   * The same order the other way round, for a table whose column headers sort both ways: every
   * column of {@link #orderBy} turned ({@code DESC} dropped or added), so the order stays total and
   * page 1 of one way is the last page of the other.
   */
  default String reversed() {
    return reverse(orderBy());
  }

  /**
   * {@code order} (SQL after {@code ORDER BY}) the other way round: every column turned, {@code
   * DESC} dropped or added. Commas inside brackets or quotes do not separate columns. With a total
   * order this is the exact reverse sequence, NULLs included (MySQL and MariaDB sort them first
   * going up and last going down).
   */
  static String reverse(String order) {
    List<String> columns = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i <= order.length(); i++) {
      char c = i == order.length() ? ',' : order.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted) {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      }
      if (c == ',' && depth == 0 && !quoted) {
        String column = order.substring(start, i).strip();
        columns.add(
            column.endsWith(" DESC")
                ? column.substring(0, column.length() - " DESC".length())
                : column + " DESC");
        start = i + 1;
      }
    }
    return String.join(", ", columns);
  }
}
