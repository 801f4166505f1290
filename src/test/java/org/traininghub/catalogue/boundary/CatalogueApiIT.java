package org.traininghub.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.traininghub.it.Http;

/** The JSON API, against the WAR on Payara Micro and a real MariaDB. */
class CatalogueApiIT {

  private static Map<String, JsonObject> itemsBySlug(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(i -> i.getString("slug"), i -> i));
  }

  @Test
  void referenceTrainingIsLoadedOnEveryDatabase() {
    HttpResponse<String> response = Http.get("/api/catalogue?sort=kind", "application/json");
    assertEquals(200, response.statusCode());
    Map<String, JsonObject> items = itemsBySlug(Http.json(response));
    for (String slug :
        List.of(
            "pci-core-skills",
            "pci-shared-decision-making",
            "pci-personalised-care-and-support-planning",
            "e-lfh-person-centred-approaches",
            "e-lfh-social-prescribing",
            "new-to-primary-care-induction",
            "induction-into-the-local-voluntary-sector",
            "futurenhs-collaboration-platform")) {
      assertTrue(items.containsKey(slug), "missing " + slug + " in " + items.keySet());
    }
    assertEquals(
        0,
        new BigDecimal("5")
            .compareTo(
                items
                    .get("e-lfh-person-centred-approaches")
                    .getJsonNumber("lengthHours")
                    .bigDecimalValue()));
    assertEquals(
        0,
        new BigDecimal("6")
            .compareTo(
                items
                    .get("e-lfh-social-prescribing")
                    .getJsonNumber("lengthHours")
                    .bigDecimalValue()));
    assertTrue(items.get("pci-core-skills").getBoolean("requiredForRole"));
    assertFalse(items.get("futurenhs-collaboration-platform").getBoolean("requiredForRole"));
  }

  @Test
  void filtersByKindAndModeAsTheCataloguePageDoes() {
    JsonObject page =
        Http.json(Http.get("/api/catalogue?kind=pci-module&mode=online", "application/json"));
    assertEquals(3, page.getInt("total"));
    page.getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .forEach(i -> assertEquals("pci-module", i.getString("kind")));
  }

  @Test
  void searchTextMustAllAppear() {
    JsonObject page =
        Http.json(Http.get("/api/catalogue?q=social%20prescribing", "application/json"));
    assertTrue(itemsBySlug(page).containsKey("e-lfh-social-prescribing"));
    JsonObject none = Http.json(Http.get("/api/catalogue?q=social%20zebra", "application/json"));
    assertEquals(0, none.getInt("total"));
  }

  @Test
  void percentAndUnderscoreInSearchTextAreNotWildcards() {
    assertEquals(
        0, Http.json(Http.get("/api/catalogue?q=%25", "application/json")).getInt("total"));
    assertEquals(0, Http.json(Http.get("/api/catalogue?q=_", "application/json")).getInt("total"));
  }

  @Test
  void anItemIsFoundByItsNumberOrItsSlug() {
    JsonObject bySlug =
        Http.json(Http.get("/api/catalogue/e-lfh-social-prescribing", "application/json"));
    JsonObject byId =
        Http.json(Http.get("/api/catalogue/" + bySlug.getInt("id"), "application/json"));
    assertEquals("Social Prescribing", byId.getString("title"));
    assertTrue(
        byId.getString("webUrl").endsWith("/catalogue/e-lfh-social-prescribing"),
        byId.getString("webUrl"));
  }

  @Test
  void anUnknownItemIsAJsonNotFound() {
    HttpResponse<String> response = Http.get("/api/catalogue/999999", "application/json");
    assertEquals(404, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertEquals(404, Http.json(response).getInt("status"));
  }

  @Test
  void anInvalidFilterIsABadRequestNamingTheParameter() {
    HttpResponse<String> response =
        Http.get("/api/catalogue?mode=teleport&page=0", "application/json");
    assertEquals(400, response.statusCode());
    List<String> names =
        Http.json(response).getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("name"))
            .toList();
    assertEquals(List.of("mode", "page"), names);
  }

  @Test
  void anUnknownApiAddressIsJsonNotAStackTrace() {
    HttpResponse<String> response = Http.get("/api/nothing-here", "application/json");
    assertEquals(404, response.statusCode());
    assertFalse(response.body().contains("Exception"), response.body());
  }

  @Test
  void theOpenApiDocumentDescribesTheCatalogue() {
    HttpResponse<String> response = Http.get("/openapi", "application/json");
    assertEquals(200, response.statusCode());
    JsonObject paths = Http.json(response).getJsonObject("paths");
    assertTrue(paths.containsKey("/api/catalogue"), paths.keySet().toString());
    assertTrue(paths.containsKey("/api/catalogue/{id}"), paths.keySet().toString());
    assertTrue(
        paths
            .getJsonObject("/api/catalogue")
            .getJsonObject("get")
            .getJsonArray("parameters")
            .stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(p -> p.getString("name").equals("kind")));
  }
}
