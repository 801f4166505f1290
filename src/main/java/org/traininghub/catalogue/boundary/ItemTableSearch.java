package org.traininghub.catalogue.boundary;

import java.util.Collections;
import java.util.List;
import org.traininghub.catalogue.control.ItemTableQuery;
import org.traininghub.catalogue.control.ItemTableQuery.Column;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.SortKey;
import org.traininghub.platform.persistence.Like;

/**
 * Turns an {@link ItemTableQuery} into the admins' table's {@link ListQuery}: the text as a
 * condition, and the order of the sorted column, either way. Every value is a bound parameter; the
 * order is one of the table's {@link Order}s.
 */
final class ItemTableSearch {

  private final ItemTableQuery query;

  ItemTableSearch(ItemTableQuery query) {
    this.query = query;
  }

  /** Every item, retired ones too, whose title, provider, kind or status has the text. */
  ListQuery list() {
    ListQuery list = new ListQuery("catalogue_item i");
    if (query.filtered()) {
      String text = Like.containing(query.filter());
      StringBuilder any =
          new StringBuilder("(i.title LIKE ?")
              .append(Like.ESCAPE_CLAUSE)
              .append(" OR i.provider LIKE ?")
              .append(Like.ESCAPE_CLAUSE);
      List<ItemKind> kinds = query.kindsMatching();
      if (!kinds.isEmpty()) {
        any.append(" OR i.kind IN (")
            .append(String.join(", ", Collections.nCopies(kinds.size(), "?")))
            .append(')');
      }
      if (query.matchesListed()) {
        any.append(" OR i.retired_at IS NULL");
      }
      if (query.matchesRetired()) {
        any.append(" OR i.retired_at IS NOT NULL");
      }
      Object[] values = new Object[2 + kinds.size()];
      values[0] = text;
      values[1] = text;
      for (int n = 0; n < kinds.size(); n++) {
        values[2 + n] = kinds.get(n).name();
      }
      list.where(any.append(')').toString(), values);
    }
    return list.orderBy(order(query.sort()), query.descending());
  }

  static Order order(Column column) {
    return switch (column) {
      case TITLE -> Order.TITLE;
      case KIND -> Order.KIND;
      case PROVIDER -> Order.PROVIDER;
      case STATUS -> Order.STATUS;
      case UPDATED -> Order.UPDATED;
    };
  }

  /**
   * The table's orders in SQL: the column's, then the title and id so that equal values keep one
   * order. A column shown as a label sorts by what is shown: the kinds in the order of their
   * labels, "Listed" before "Retired".
   */
  enum Order implements SortKey {
    TITLE("i.title, i.id"),
    KIND(kindRank() + ", i.title, i.id"),
    PROVIDER("i.provider, i.title, i.id"),
    STATUS("CASE WHEN i.retired_at IS NULL THEN 0 ELSE 1 END, i.title, i.id"),
    UPDATED("i.updated_at, i.id");

    private final String sql;

    Order(String sql) {
      this.sql = sql;
    }

    @Override
    public String orderBy() {
      return sql;
    }

    /** Each kind's place when the kinds are put in the order of their labels (as shown). */
    private static String kindRank() {
      List<ItemKind> ordered = ItemTableQuery.kindsByLabel();
      StringBuilder rank = new StringBuilder("CASE i.kind");
      for (int n = 0; n < ordered.size(); n++) {
        rank.append(" WHEN '").append(ordered.get(n).name()).append("' THEN ").append(n);
      }
      return rank.append(" ELSE ").append(ordered.size()).append(" END").toString();
    }
  }
}
