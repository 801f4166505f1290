package org.traininghub.catalogue.boundary;

import jakarta.persistence.Query;
import java.util.List;
import org.traininghub.catalogue.control.ItemTableQuery;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.persistence.Like;

/**
 * Turns an {@link ItemTableQuery} into JPQL: the condition, and the order of its column. Every
 * value is a bound parameter; the order comes from a fixed list.
 */
final class ItemTableSearch {

  private final ItemTableQuery query;
  private final List<ItemKind> kinds;

  ItemTableSearch(ItemTableQuery query) {
    this.query = query;
    this.kinds = query.kindsMatching();
  }

  String where() {
    if (!query.filtered()) {
      return "";
    }
    StringBuilder where =
        new StringBuilder(" WHERE (i.title LIKE :text")
            .append(Like.ESCAPE_CLAUSE)
            .append(" OR i.provider LIKE :text")
            .append(Like.ESCAPE_CLAUSE);
    if (!kinds.isEmpty()) {
      where.append(" OR i.kind IN :kinds");
    }
    if (query.matchesListed()) {
      where.append(" OR i.retiredAt IS NULL");
    }
    if (query.matchesRetired()) {
      where.append(" OR i.retiredAt IS NOT NULL");
    }
    return where.append(")").toString();
  }

  /** The column's order, then the title and id so that equal values keep one order. */
  String orderBy() {
    String way = query.descending() ? " DESC" : " ASC";
    return switch (query.sort()) {
      case TITLE -> " ORDER BY i.title" + way + ", i.id" + way;
      case KIND -> " ORDER BY " + kindRank() + way + ", i.title, i.id";
      case PROVIDER -> " ORDER BY i.provider" + way + ", i.title, i.id";
      // "Listed" comes before "Retired": an item without a retirement date first
      case STATUS ->
          " ORDER BY CASE WHEN i.retiredAt IS NULL THEN 0 ELSE 1 END" + way + ", i.title, i.id";
      case UPDATED -> " ORDER BY i.updatedAt" + way + ", i.id" + way;
    };
  }

  /** Each kind's place when the kinds are put in the order of their labels (as shown). */
  private static String kindRank() {
    List<ItemKind> ordered = ItemTableQuery.kindsByLabel();
    StringBuilder rank = new StringBuilder("CASE i.kind");
    for (int n = 0; n < ordered.size(); n++) {
      rank.append(" WHEN ")
          .append(ItemKind.class.getName())
          .append('.')
          .append(ordered.get(n).name())
          .append(" THEN ")
          .append(n);
    }
    return rank.append(" ELSE ").append(ordered.size()).append(" END").toString();
  }

  void bind(Query jpql) {
    if (!query.filtered()) {
      return;
    }
    jpql.setParameter("text", Like.containing(query.filter()));
    if (!kinds.isEmpty()) {
      jpql.setParameter("kinds", kinds);
    }
  }
}
