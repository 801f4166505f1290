package org.traininghub.catalogue.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.traininghub.catalogue.control.CatalogueQuery;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.catalogue.entity.DeliveryMode;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.validation.Choice;
import org.traininghub.platform.validation.Problem;

/**
 * The public catalogue page: search, filters and sort travel in the URL (so a reload or a shared
 * link shows the same list), and the page keeps no state and opens no session.
 */
@Named
@RequestScoped
public class CatalogueBrowser {

  @Inject Catalogue catalogue;

  @Inject Clock clock;

  private final Url url = new Url();
  private CatalogueQuery query = CatalogueQuery.ALL;
  private List<Problem> problems = List.of();
  private Page<CatalogueItem> results = Page.empty(CatalogueQuery.PAGE_SIZE);
  private List<ItemCard> cards = List.of();

  /**
   * The URL's parameters as typed, set by the page's {@code f:viewParam}s; {@link CatalogueQuery}
   * checks them all at once, so that every problem is named.
   */
  public static class Url {
    private String q;
    private String kind;
    private String mode;
    private String required;
    private String sort;
    private String page;

    public String getQ() {
      return q;
    }

    public void setQ(String q) {
      this.q = q;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getMode() {
      return mode;
    }

    public void setMode(String mode) {
      this.mode = mode;
    }

    public String getRequired() {
      return required;
    }

    public void setRequired(String required) {
      this.required = required;
    }

    public String getSort() {
      return sort;
    }

    public void setSort(String sort) {
      this.sort = sort;
    }

    public String getPage() {
      return page;
    }

    public void setPage(String page) {
      this.page = page;
    }
  }

  public Url getUrl() {
    return url;
  }

  /** Checks the URL; a value that is not allowed answers 400 with a message instead of a list. */
  public void load() {
    CatalogueQuery.Parsed parsed =
        CatalogueQuery.parse(url.q, url.kind, url.mode, url.required, url.sort, url.page);
    query = parsed.query();
    problems = parsed.problems();
    if (!parsed.valid()) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
      return;
    }
    results = catalogue.search(query, false);
    if (!results.exists()) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
      problems =
          List.of(
              new Problem(
                  "page",
                  "There is no page "
                      + results.page()
                      + " of these results: they fill "
                      + (results.pageCount() == 1 ? "1 page" : results.pageCount() + " pages")));
      results = Page.empty(CatalogueQuery.PAGE_SIZE);
      return;
    }
    LocalDate today = LocalDate.now(clock);
    cards = results.items().stream().map(item -> new ItemCard(item, today)).toList();
  }

  public List<ItemCard> getCards() {
    return cards;
  }

  public long getTotal() {
    return results.total();
  }

  public int getPage() {
    return results.page();
  }

  public int getPageCount() {
    return results.pageCount();
  }

  /**
   * The query string of this search and page (or empty), which the item links carry so that an
   * item's "Back to the training catalogue" returns here.
   */
  public String getSearchQuery() {
    return pageQuery(results.page());
  }

  /** The query string of the previous page, or null on the first. */
  public String getPreviousPage() {
    return results.previous(this::pageQuery);
  }

  /** The query string of the next page, or null on the last. */
  public String getNextPage() {
    return results.next(this::pageQuery);
  }

  public List<Problem> getProblems() {
    return problems;
  }

  private String pageQuery(int page) {
    String q = query.withPage(page).toQueryString();
    return q.isEmpty() ? "" : "?" + q;
  }

  public boolean isFiltered() {
    return query.text() != null
        || query.kind() != null
        || query.mode() != null
        || query.requiredOnly();
  }

  public List<SelectItem> getKinds() {
    return options(ItemKind.values(), "Any kind");
  }

  public List<SelectItem> getModes() {
    return options(DeliveryMode.values(), "Any delivery");
  }

  public List<SelectItem> getSorts() {
    // "Best match" is an order of search results only. The default order is sent as no order at
    // all, so that a search typed on a page sorted by title (the default without words) comes
    // best match first, as a search from the home page does.
    return Arrays.stream(CatalogueQuery.Sort.values())
        .filter(s -> query.text() != null || s != CatalogueQuery.Sort.RELEVANCE)
        .map(s -> new SelectItem(s == query.defaultSort() ? "" : s.slug(), s.label()))
        .toList();
  }

  private static List<SelectItem> options(Choice[] choices, String any) {
    List<SelectItem> options = new ArrayList<>();
    if (any != null) {
      options.add(new SelectItem("", any));
    }
    for (Choice choice : choices) {
      options.add(new SelectItem(choice.slug(), choice.label()));
    }
    return options;
  }

  public String getKind() {
    return query.kind() == null ? "" : query.kind().slug();
  }

  public String getMode() {
    return query.mode() == null ? "" : query.mode().slug();
  }

  public String getSort() {
    return query.sort().slug();
  }

  public boolean isRequired() {
    return query.requiredOnly();
  }

  public String getText() {
    return query.text() == null ? "" : query.text();
  }
}
