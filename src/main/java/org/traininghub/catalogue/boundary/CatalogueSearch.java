package org.traininghub.catalogue.boundary;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import org.traininghub.catalogue.control.CatalogueQuery;
import org.traininghub.platform.persistence.Like;

/** Turns a {@link CatalogueQuery} into JPQL; every value is a bound parameter. */
final class CatalogueSearch {

  private final CatalogueQuery query;
  private final boolean includeRetired;
  private final List<String> terms;

  /** Dates the accreditations; without it, "required" ignores whether an accreditation expired. */
  private final LocalDate today;

  CatalogueSearch(CatalogueQuery query, boolean includeRetired) {
    this(query, includeRetired, null);
  }

  CatalogueSearch(CatalogueQuery query, boolean includeRetired, LocalDate today) {
    this.query = query;
    this.includeRetired = includeRetired;
    this.terms = query.terms();
    this.today = today;
  }

  String where() {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (!includeRetired) {
      where.append(" AND i.retiredAt IS NULL");
    }
    if (query.kind() != null) {
      where.append(" AND i.kind = :kind");
    }
    if (query.mode() != null) {
      where.append(" AND i.deliveryMode = :mode");
    }
    if (query.requiredOnly()) {
      where.append(" AND i.requiredForRole = TRUE");
      if (today != null) {
        // a course whose accreditation expired no longer counts towards the role
        where.append(
            " AND (i.accreditationValidUntil IS NULL OR i.accreditationValidUntil >= :today)");
      }
    }
    for (int t = 0; t < terms.size(); t++) {
      String p = ":t" + t;
      where
          .append(" AND (i.title LIKE ")
          .append(p)
          .append(Like.ESCAPE_CLAUSE)
          .append(" OR i.summary LIKE ")
          .append(p)
          .append(Like.ESCAPE_CLAUSE)
          .append(" OR i.provider LIKE ")
          .append(p)
          .append(Like.ESCAPE_CLAUSE + ")");
    }
    return where.toString();
  }

  String orderBy() {
    return switch (query.sort()) {
      case TITLE -> " ORDER BY i.title, i.id";
      case REQUIRED -> " ORDER BY i.requiredForRole DESC, i.title, i.id";
      case PROVIDER -> " ORDER BY i.provider, i.title, i.id";
      case KIND -> " ORDER BY i.kind, i.title, i.id";
      case NEWEST -> " ORDER BY i.createdAt DESC, i.id DESC";
    };
  }

  void bind(Query jpql) {
    if (query.requiredOnly() && today != null) {
      jpql.setParameter("today", today);
    }
    if (query.kind() != null) {
      jpql.setParameter("kind", query.kind());
    }
    if (query.mode() != null) {
      jpql.setParameter("mode", query.mode());
    }
    for (int t = 0; t < terms.size(); t++) {
      jpql.setParameter("t" + t, Like.containing(terms.get(t)));
    }
  }
}
