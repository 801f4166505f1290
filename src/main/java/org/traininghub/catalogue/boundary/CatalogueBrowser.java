package org.traininghub.catalogue.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.traininghub.catalogue.control.CatalogueQuery;
import org.traininghub.catalogue.control.Problem;
import org.traininghub.catalogue.control.ResultPage;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.catalogue.entity.DeliveryMode;
import org.traininghub.catalogue.entity.ItemKind;

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
  }

  public CatalogueQuery getQuery() {
    return query;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public ResultPage<CatalogueItem> getResults() {
    return results;
  }

  /** The query string of another page of the same search. */
  public String pageQuery(int page) {
    String q = query.withPage(page).toQueryString();
    return q.isEmpty() ? "" : "?" + q;
  }

  public boolean isFiltered() {
    return query.text() != null
        || query.kind() != null
        || query.mode() != null
        || query.requiredOnly();
  }

  public boolean expired(CatalogueItem item) {
    return item.accreditationExpired(LocalDate.now(clock));
  }

  public ItemKind[] getKinds() {
    return ItemKind.values();
  }

  public DeliveryMode[] getModes() {
    return DeliveryMode.values();
  }

  public CatalogueQuery.Sort[] getSorts() {
    return CatalogueQuery.Sort.values();
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
