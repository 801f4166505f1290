package org.traininghub.platform.paging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which page of a list is asked for: its number (from 1) and the list's page size. The order is the
 * list's own (the catalogue's {@code sort} is a choice of its query; the others have one order), so
 * a list's query carries it beside the request.
 */
public record PageRequest(int number, int size) {

  /** The most pages a URL may ask for; more digits are not a page number. */
  public static final int MAX_NUMBER = 999_999;

  public PageRequest {
    if (size < 1) {
      throw new IllegalArgumentException("A page holds at least one item");
    }
    number = Math.min(MAX_NUMBER, Math.max(1, number));
  }

  /** Page {@code number} (1 when null: the parameter was missing or not a number). */
  public static PageRequest of(Integer number, int size) {
    return new PageRequest(number == null ? 1 : number, size);
  }

  /** Rows to skip before this page. */
  public int offset() {
    return (number - 1) * size;
  }

  /**
   * A list's address with these parameters, in this order, leaving out the empty ones: {@code
   * ?page=2&q=ann%20lee}; empty when there are none.
   */
  public static String queryString(Map<String, ?> params) {
    String query =
        params.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
            .map(
                e ->
                    e.getKey()
                        + "="
                        + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return query.isEmpty() ? "" : "?" + query;
  }
}
