package org.traininghub.platform.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a list, read the way every list of the portal reads it: the count and the ids of the
 * page in SQL over one table (its filters and its order served by an index), then the rows of those
 * ids only, with what the list shows fetched in the same statement (a <em>deferred join</em>). So a
 * page costs three statements whatever its number and the list's size, and a deep page skips index
 * entries, not rows, counted from whichever end of the list is nearer; a full-text search counts in
 * the statement of the ids ({@link #countedWithPage}), two statements.
 *
 * <p>Conditions and orders are SQL written by the list's code, with {@code ?} for every value from
 * a request; the order comes from the list's own {@link SortKey} (a whitelist), never from request
 * text.
 *
 * <pre>{@code
 * Page<Account> page = new ListQuery("account a")
 *     .where("a.role = ?", role.name())
 *     .orderBy(PeopleOrder.NAME)
 *     .page(em, request, ids -> accountsWithPcn(ids), Account::getId);
 * }</pre>
 */
public final class ListQuery {

  private final String from;
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();
  private String orderBy;
  private final List<Object> orderValues = new ArrayList<>();
  private boolean countedWithPage;

  /** A list of the rows of {@code table} (with its alias: {@code "account a"}). */
  public ListQuery(String table) {
    this.from = Objects.requireNonNull(table, "table");
  }

  /** Only the rows meeting {@code condition}, with a value for each of its {@code ?}. */
  public ListQuery where(String condition, Object... values) {
    if (count(condition) != values.length) {
      throw new IllegalArgumentException(
          "The condition " + condition + " needs " + count(condition) + " values");
    }
    conditions.add(condition);
    Collections.addAll(this.values, values);
    return this;
  }

  /**
   * Counts the rows in the statement that reads the page's ids ({@code COUNT(*) OVER ()}), not in a
   * statement of its own: for a list whose every row the database has to find and sort anyway, such
   * as a full-text search ({@code FullText}), where counting apart runs the search twice. Not for a
   * list an index reads in order, whose page stops after its last row.
   */
  public ListQuery countedWithPage() {
    countedWithPage = true;
    return this;
  }

  boolean isCountedWithPage() {
    return countedWithPage;
  }

  /** In the order {@code key} names (its last column must be unique: the id). */
  public ListQuery orderBy(SortKey key) {
    return orderBy(key.orderBy());
  }

  /** In the order {@code key} names, or the other way round ({@link SortKey#reversed}). */
  public ListQuery orderBy(SortKey key, boolean descending) {
    return orderBy(descending ? key.reversed() : key.orderBy());
  }

  /** In an order that takes values, such as a full-text relevance; ends with a unique column. */
  public ListQuery orderBy(String order, Object... values) {
    orderBy = order;
    orderValues.clear();
    Collections.addAll(orderValues, values);
    return this;
  }

  /** The SQL counting the rows of the list. */
  String countSql() {
    return "SELECT COUNT(*) FROM " + from + where();
  }

  /** The SQL of one page's ids. */
  String idsSql() {
    return idsSql("", orderBy);
  }

  /** The SQL of one page's ids, each with how many rows the list holds. */
  String countedIdsSql() {
    return idsSql(", COUNT(*) OVER ()", orderBy);
  }

  /** The SQL of one page's ids read from the end of the list: the order reversed. */
  String idsFromTheEndSql() {
    return idsSql("", SortKey.reverse(orderBy));
  }

  private String idsSql(String alsoSelected, String order) {
    String id = from.substring(from.lastIndexOf(' ') + 1) + ".id";
    return "SELECT "
        + id
        + alsoSelected
        + " FROM "
        + from
        + where()
        + (order == null ? "" : " ORDER BY " + order)
        + " LIMIT ? OFFSET ?";
  }

  private String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** How many rows the list holds. */
  public long count(EntityManager em) {
    Query count = bind(em.createNativeQuery(numbered(countSql())), values);
    return ((Number) count.getSingleResult()).longValue();
  }

  /** The ids of the rows of page {@code request}, in the list's order. */
  public List<Long> ids(EntityManager em, PageRequest request) {
    return longs(em, idsSql(), pageValues(request.size(), request.offset()));
  }

  /**
   * The ids of page {@code request} of a list of {@code total} rows, read from the nearer end of
   * the list: a page with fewer rows after it than before it is read in the reversed order, with an
   * offset counted from the end, and turned round. The index then skips at most half the list's
   * entries, and none for the last page, which people open as often as the first. For a caller that
   * counted the list already (a PrimeFaces lazy table counts before it loads); a total a row out of
   * date shifts the page by that row, as an offset would.
   */
  public List<Long> ids(EntityManager em, PageRequest request, long total) {
    long rows = Math.min(request.size(), total - request.offset());
    long after = total - request.offset() - rows;
    if (orderBy == null || rows <= 0 || after >= request.offset()) {
      return ids(em, request);
    }
    List<Long> ids = new ArrayList<>(longs(em, idsFromTheEndSql(), pageValues(rows, after)));
    Collections.reverse(ids);
    return ids;
  }

  private List<Long> longs(EntityManager em, String sql, List<Object> values) {
    @SuppressWarnings("unchecked")
    List<Object> ids = bind(em.createNativeQuery(numbered(sql)), values).getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  private List<Object> pageValues(long limit, long offset) {
    List<Object> all = new ArrayList<>(values);
    all.addAll(orderValues);
    all.add(limit);
    all.add(offset);
    return all;
  }

  /**
   * Page {@code request} of the list: the count, the page's ids, then {@code load} reads the rows
   * of those ids (one statement, with what the list shows fetch-joined), put back in the list's
   * order.
   */
  public <T> Page<T> page(
      EntityManager em,
      PageRequest request,
      Function<List<Long>, List<T>> load,
      Function<T, Long> idOf) {
    if (countedWithPage) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          bind(
                  em.createNativeQuery(numbered(countedIdsSql())),
                  pageValues(request.size(), request.offset()))
              .getResultList();
      if (!rows.isEmpty()) {
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        return Page.of(inOrder(ids, load, idOf), ((Number) rows.get(0)[1]).longValue(), request);
      }
      // nothing found, or a page past the end: the count says which
      return Page.of(List.of(), count(em), request);
    }
    long total = count(em);
    if (total <= request.offset()) {
      return Page.of(List.of(), total, request);
    }
    return Page.of(inOrder(ids(em, request, total), load, idOf), total, request);
  }

  /** The rows {@code load} reads for {@code ids}, in the order of {@code ids}. */
  public static <T> List<T> inOrder(
      List<Long> ids, Function<List<Long>, List<T>> load, Function<T, Long> idOf) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, T> byId = new HashMap<>();
    for (T row : load.apply(ids)) {
      byId.put(idOf.apply(row), row);
    }
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** {@code ?} numbered {@code ?1, ?2, ...}: the positional parameters of a native query. */
  static String numbered(String sql) {
    StringBuilder out = new StringBuilder(sql.length() + 16);
    int n = 0;
    for (char c : sql.toCharArray()) {
      out.append(c);
      if (c == '?') {
        out.append(++n);
      }
    }
    return out.toString();
  }

  private static Query bind(Query query, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    return query;
  }

  private static int count(String sql) {
    return (int) sql.chars().filter(c -> c == '?').count();
  }
}
