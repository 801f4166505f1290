package org.traininghub.catalogue.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.traininghub.catalogue.control.CatalogueQuery;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.platform.web.NotFound;

/**
 * One item's page at its readable address, {@code /catalogue/{slug}}; unknown or retired is a 404.
 * The catalogue's links to it carry the search they were found with ({@code ?q=…&kind=…}), so that
 * "Back to the training catalogue" returns to it.
 */
@Named
@RequestScoped
public class CatalogueItemPage {

  @Inject Catalogue catalogue;

  @Inject Clock clock;

  private ItemCard item;

  private String backLink = "/catalogue/";

  public void load() throws IOException {
    Object slug =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(CatalogueAddresses.SLUG_ATTRIBUTE);
    Optional<CatalogueItem> found =
        slug == null ? Optional.empty() : catalogue.findListed(slug.toString());
    if (found.isEmpty()) {
      NotFound.answer("There is no training at this address.");
      return;
    }
    item = new ItemCard(found.get(), LocalDate.now(clock));
    backLink =
        backLink(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
  }

  /**
   * The catalogue's address with the search the item was found with: read like the catalogue reads
   * its own parameters and written again from what was read, so it is always the catalogue's own
   * path with known parameters (never an address given by the request); a search that cannot be
   * read gives the whole catalogue.
   */
  static String backLink(Map<String, String> parameters) {
    CatalogueQuery.Parsed parsed =
        CatalogueQuery.parse(
            parameters.get("q"),
            parameters.get("kind"),
            parameters.get("mode"),
            parameters.get("required"),
            parameters.get("sort"),
            parameters.get("page"));
    String query = parsed.valid() ? parsed.query().toQueryString() : "";
    return query.isEmpty() ? "/catalogue/" : "/catalogue/?" + query;
  }

  /** The catalogue, at the search this item was found with; relative to the context path. */
  public String getBackLink() {
    return backLink;
  }

  public ItemCard getItem() {
    return item;
  }
}
