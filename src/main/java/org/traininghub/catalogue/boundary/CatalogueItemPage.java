package org.traininghub.catalogue.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.platform.web.NotFound;

/**
 * One item's page at its readable address, {@code /catalogue/{slug}}; unknown or retired is a 404.
 */
@Named
@RequestScoped
public class CatalogueItemPage {

  @Inject Catalogue catalogue;

  @Inject Clock clock;

  private ItemCard item;

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
  }

  public ItemCard getItem() {
    return item;
  }
}
