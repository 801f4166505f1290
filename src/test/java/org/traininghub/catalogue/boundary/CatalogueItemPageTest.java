package org.traininghub.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueItemPageTest {

  @Test
  void theBackLinkReturnsToTheSearchTheItemWasFoundWith() {
    assertEquals(
        "/catalogue/?q=social+prescribing&kind=e-learning&page=2",
        CatalogueItemPage.backLink(
            Map.of("q", "social prescribing", "kind", "e-learning", "page", "2")));
  }

  @Test
  void withoutASearchTheBackLinkIsTheWholeCatalogue() {
    assertEquals("/catalogue/", CatalogueItemPage.backLink(Map.of()));
  }

  @Test
  void theBackLinkIsNeverAnAddressTheRequestGave() {
    assertEquals(
        "/catalogue/",
        CatalogueItemPage.backLink(Map.of("kind", "//evil.example/", "q", "x")),
        "a parameter that cannot be read drops the whole search");
    assertEquals(
        "/catalogue/?q=%2F%2Fevil.example%2F",
        CatalogueItemPage.backLink(Map.of("q", "//evil.example/", "next", "https://evil.example")),
        "search words are encoded into the catalogue's own query; unknown parameters are dropped");
  }
}
