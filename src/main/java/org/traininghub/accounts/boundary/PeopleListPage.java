package org.traininghub.accounts.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.paging.PageRequest;

/**
 * What the lists of people have in common: search words and a page number from the address (set by
 * the page's {@code f:viewParam}s, so a list can be bookmarked), a {@link Page} of people, and the
 * links to the pages before and after.
 */
public abstract class PeopleListPage {

  static final int WORDS_MAX = 100;

  private String words = "";
  private Integer page;
  private Page<AccountDirectory.Person> found = Page.empty(AccountDirectory.PAGE_SIZE);

  /** The page asked for, 1 when the address names none (or no number). */
  PageRequest request() {
    return PageRequest.of(page, AccountDirectory.PAGE_SIZE);
  }

  void show(AccountDirectory.Found people) {
    found = Page.of(people.people(), people.total(), request());
  }

  /** The parameters, besides the page, that another page of the same list repeats. */
  Map<String, Object> filters() {
    return Map.of();
  }

  /** The query string of another page of the same search. */
  private String pageLink(int target) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", target);
    params.put("q", words);
    params.putAll(filters());
    return PageRequest.queryString(params);
  }

  public String getQ() {
    return words;
  }

  public void setQ(String q) {
    words = q == null ? "" : q.length() > WORDS_MAX ? q.substring(0, WORDS_MAX) : q;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  public List<AccountDirectory.Person> getPeople() {
    return found.items();
  }

  public long getTotal() {
    return found.total();
  }

  /** The link to the previous page, or null on the first. */
  public String getPreviousPage() {
    return found.previous(this::pageLink);
  }

  /** The link to the next page, or null on the last. */
  public String getNextPage() {
    return found.next(this::pageLink);
  }
}
