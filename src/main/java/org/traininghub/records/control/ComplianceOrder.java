package org.traininghub.records.control;

import org.traininghub.platform.paging.SortKey;

/** The orders of the compliance report, each served from the account table (ends with the id). */
public enum ComplianceOrder implements SortKey {
  NAME("a.display_name, a.id"),
  PCN("(SELECT p.name FROM pcn p WHERE p.id = a.pcn_id), a.display_name, a.id");

  private final String sql;

  ComplianceOrder(String sql) {
    this.sql = sql;
  }

  @Override
  public String orderBy() {
    return sql;
  }

  /** The order a request names ({@code name}, {@code pcn}); by name for anything else. */
  public static ComplianceOrder named(String name) {
    return "pcn".equals(name) ? PCN : NAME;
  }

  /** The name a request uses for it. */
  public String param() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
