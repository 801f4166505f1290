package org.traininghub.platform.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One page of a longer list, with how many match in all and what is needed to link to the others:
 * every paged list of the portal (the catalogue, people, a PCN's coaches, the audit log) answers
 * with one. Pages count from 1; the links are built by the list, which knows its own address.
 */
public record Page<T>(List<T> items, long total, int page, int pageSize) {

  public Page {
    items = List.copyOf(items);
  }

  /** The page {@code request} asked for, holding {@code items} of {@code total}. */
  public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
    return new Page<>(items, total, request.number(), request.size());
  }

  /** No items: what a list shows before it has been loaded, or when the request was refused. */
  public static <T> Page<T> empty(int pageSize) {
    return new Page<>(List.of(), 0, 1, pageSize);
  }

  public int pageCount() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pageCount();
  }

  /** Whether this page is one the list has (page 1 always is, even of an empty list). */
  public boolean exists() {
    return page <= pageCount();
  }

  /** The same page with each item made into what the page shows. */
  public <R> Page<R> map(Function<T, R> shown) {
    return new Page<>(items.stream().map(shown).toList(), total, page, pageSize);
  }

  /** The link to the first page, or null when this is it. */
  public String first(IntFunction<String> link) {
    return hasPrevious() ? link.apply(1) : null;
  }

  /** The link to the previous page, or null on the first. */
  public String previous(IntFunction<String> link) {
    return hasPrevious() ? link.apply(page - 1) : null;
  }

  /** The link to the next page, or null on the last. */
  public String next(IntFunction<String> link) {
    return hasNext() ? link.apply(page + 1) : null;
  }

  /** The link to the last page, or null when this is it. */
  public String last(IntFunction<String> link) {
    return hasNext() ? link.apply(pageCount()) : null;
  }
}
