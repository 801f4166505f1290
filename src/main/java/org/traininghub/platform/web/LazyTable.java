package org.traininghub.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.traininghub.platform.paging.PageRequest;

/**
 * A PrimeFaces table whose rows the database pages, sorts and filters: the page bean says how to
 * count the rows that match the table's search text and how to read one page of them, sorted by a
 * column; this keeps only the page shown (in {@link LazyDataModel}), so a view holds the same
 * whatever the size of the list. Facades take the sort field as a name to look up in their own list
 * of columns, never as query text.
 *
 * @param <T> a row as the page shows it: small and {@link java.io.Serializable}
 */
public abstract class LazyTable<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /**
   * How a page asks for rows: the search text ("" for none), the sort, the page, and how many rows
   * match (PrimeFaces counts them right before it loads a page), so that a facade can read a page
   * from the nearer end of the list ({@code ListQuery.ids(em, page, total)}).
   */
  public record Request(
      String filter, String sortField, boolean descending, PageRequest page, long total) {}

  /** How many rows match {@code filter} ("" for every row). */
  protected abstract long count(String filter);

  /** The rows of the page asked for. */
  protected abstract List<T> rows(Request request);

  /** The row's key, unique in the list (its id). */
  protected abstract Object key(T row);

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, count(filter(filterBy)));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort =
        sortBy.values().stream()
            .filter(s -> s.getOrder() != SortOrder.UNSORTED)
            .findFirst()
            .orElse(null);
    int size = Math.max(1, pageSize);
    return rows(
        new Request(
            filter(filterBy),
            sort == null ? null : sort.getField(),
            sort != null && sort.getOrder() == SortOrder.DESCENDING,
            new PageRequest(first / size + 1, size),
            getRowCount()));
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key(row));
  }

  /** A row of the page shown, by its key; null when it is not on the page. */
  @Override
  public T getRowData(String rowKey) {
    List<T> shown = getWrappedData();
    return shown == null
        ? null
        : shown.stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst().orElse(null);
  }

  /** The table's "Search these items" text, trimmed; "" when there is none. */
  private static String filter(Map<String, FilterMeta> filterBy) {
    FilterMeta global = filterBy == null ? null : filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
    Object value = global == null ? null : global.getFilterValue();
    return value == null ? "" : value.toString().strip();
  }
}
