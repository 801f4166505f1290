package org.traininghub.catalogue.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.traininghub.catalogue.control.CatalogueQuery;
import org.traininghub.catalogue.control.ResultPage;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.catalogue.entity.Choice;
import org.traininghub.catalogue.entity.DeliveryMode;
import org.traininghub.catalogue.entity.ItemKind;
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

  private CatalogueQuery query = CatalogueQuery.ALL;
  private List<Problem> problems = List.of();
  private ResultPage<CatalogueItem> results =
      new ResultPage<>(List.of(), 0, 1, CatalogueQuery.PAGE_SIZE);
  private List<ItemCard> cards = List.of();

  /** Reads the URL; a value that is not allowed answers 400 with a message instead of a list. */
  public void load() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String> params = external.getRequestParameterMap();
    CatalogueQuery.Parsed parsed =
        CatalogueQuery.parse(
            params.get("q"),
            params.get("kind"),
            params.get("mode"),
            params.get("required"),
            params.get("sort"),
            params.get("page"));
    query = parsed.query();
    problems = parsed.problems();
    if (!parsed.valid()) {
      external.setResponseStatus(400);
      return;
    }
    results = catalogue.search(query, false);
    if (results.page() > results.pageCount()) {
      external.setResponseStatus(404);
      problems =
          List.of(
              new Problem(
                  "page",
                  "There is no page "
                      + results.page()
                      + " of these results: they fill "
                      + (results.pageCount() == 1 ? "1 page" : results.pageCount() + " pages")));
      results = new ResultPage<>(List.of(), 0, 1, CatalogueQuery.PAGE_SIZE);
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

  /** The query string of the previous page, or null on the first. */
  public String getPreviousPage() {
    return results.hasPrevious() ? pageQuery(results.page() - 1) : null;
  }

  /** The query string of the next page, or null on the last. */
  public String getNextPage() {
    return results.hasNext() ? pageQuery(results.page() + 1) : null;
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
    return options(CatalogueQuery.Sort.values(), null);
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
