package org.traininghub.records.control;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.traininghub.platform.paging.PageRequest;

/**
 * Which coaches the compliance report shows and in what order, read from the address (the page and
 * its CSV and XLSX exports read the same parameters, so an export holds what the page shows). A
 * value that is not one the form offers is left out, as if not given.
 *
 * @param pcnId only this PCN's coaches (a hub admin's choice; a PCN lead sees only theirs anyway)
 * @param overdueOnly only coaches with a requirement overdue
 * @param unmetOnly only coaches not meeting every condition of reimbursement
 * @param words name or email search words ("" for none)
 * @param role the job role whose pathway the report is for, and whose coaches it lists (HWBC when
 *     not given)
 */
public record ComplianceFilter(
    Long pcnId,
    boolean overdueOnly,
    boolean unmetOnly,
    String words,
    ComplianceOrder order,
    boolean descending,
    String role)
    implements Serializable {

  /** The role a report is for when none is chosen: Health and Wellbeing Coach. */
  public static final String DEFAULT_ROLE = "HWBC";

  /** The most characters of search text taken from a request. */
  public static final int WORDS_MAX = 100;

  public ComplianceFilter {
    words = words == null ? "" : words.strip();
    words = words.length() > WORDS_MAX ? words.substring(0, WORDS_MAX) : words;
    order = order == null ? ComplianceOrder.NAME : order;
    role =
        role == null || !role.matches("[A-Za-z0-9_]{1,20}")
            ? DEFAULT_ROLE
            : role.toUpperCase(java.util.Locale.ROOT);
  }

  /** The filter named by request parameters ({@code param} answers null for a missing one). */
  public static ComplianceFilter of(Function<String, String> param) {
    String pcn = param.apply("pcn");
    return new ComplianceFilter(
        pcn != null && pcn.matches("[1-9][0-9]{0,17}") ? Long.valueOf(pcn) : null,
        "true".equals(param.apply("overdue")),
        "true".equals(param.apply("unmet")),
        param.apply("q"),
        ComplianceOrder.named(param.apply("sort")),
        "desc".equals(param.apply("dir")),
        param.apply("role"));
  }

  /** Whether a filter needs each coach's statuses, which only the rules know (not SQL). */
  public boolean byStatus() {
    return overdueOnly || unmetOnly;
  }

  /** Whether {@code row} passes the filters on statuses. */
  public boolean admits(ComplianceRow row) {
    return (!overdueOnly || row.overdue()) && (!unmetOnly || !row.meetsConditions());
  }

  /** The parameters naming this filter, empty ones left out. */
  public Map<String, Object> params() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("role", DEFAULT_ROLE.equals(role) ? null : role);
    params.put("pcn", pcnId);
    params.put("overdue", overdueOnly ? "true" : null);
    params.put("unmet", unmetOnly ? "true" : null);
    params.put("q", words);
    params.put("sort", order == ComplianceOrder.NAME ? null : order.param());
    params.put("dir", descending ? "desc" : null);
    return params;
  }

  /** The query string naming this filter (and {@code page} when not null). */
  public String queryString(Integer page) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", page);
    params.putAll(params());
    return PageRequest.queryString(params);
  }
}
