package org.traininghub.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.traininghub.it.Http;

/** The public pages as HTTP sees them: status codes, escaping, headers, no sessions. */
class CataloguePagesIT {

  @Test
  void theCatalogueListsRequiredTrainingWithAMark() {
    HttpResponse<String> response = Http.get("/catalogue/?required=yes");
    assertEquals(200, response.statusCode());
    Document page = Jsoup.parse(response.body());
    assertTrue(page.select(".hub-card").size() >= 5, "required items listed");
    assertEquals(
        page.select(".hub-card").size(), page.select(".hub-card .hub-tag--required").size());
  }

  @Test
  void aCourseWhoseAccreditationExpiredIsNotRequired() {
    assertFalse(Http.get("/catalogue/?required=yes").body().contains("accreditation expired"));
  }

  @Test
  void aPageAfterTheLastIsNotFoundAndSaysHowManyThereAre() {
    HttpResponse<String> response = Http.get("/catalogue/?page=99");
    assertEquals(404, response.statusCode());
    Document page = Jsoup.parse(response.body());
    assertTrue(page.text().contains("There is no page 99"), page.text());
    assertFalse(page.text().contains("No training matches"), page.text());
  }

  @Test
  void everyPageSaysHowToContactTheHubAndPromisesNothingThatDoesNotExist() {
    Document home = Jsoup.parse(Http.get("/").body());
    assertTrue(
        home.selectFirst("footer #hub-contact a[href^=mailto:]").text().contains("@"),
        home.select("footer").text());
    for (String path :
        java.util.List.of(
            "/access/register.xhtml",
            "/privacy.xhtml",
            "/accessibility.xhtml",
            "/catalogue/e-lfh-social-prescribing",
            "/catalogue/new-to-primary-care-induction")) {
      String text = Jsoup.parse(Http.get(path).body()).select("main").text();
      for (String promise :
          java.util.List.of(
              "book the hub",
              "training record",
              "listed as events",
              "contact the hub.",
              "newsletter when you register")) {
        assertFalse(text.contains(promise), path + " says \"" + promise + "\": " + text);
      }
    }
  }

  @Test
  void filtersComeBackFromTheUrlIntoTheForm() {
    Document page =
        Jsoup.parse(Http.get("/catalogue/?q=module&kind=pci-module&sort=provider").body());
    assertEquals("module", page.selectFirst("input#q").val());
    assertEquals("pci-module", page.selectFirst("select#kind option[selected]").val());
    assertEquals("provider", page.selectFirst("select#sort option[selected]").val());
  }

  @Test
  void anInvalidFilterValueIsABadRequestWithAMessage() {
    HttpResponse<String> response = Http.get("/catalogue/?kind=spaceship");
    assertEquals(400, response.statusCode());
    Document page = Jsoup.parse(response.body());
    assertTrue(
        page.selectFirst(".hub-error-summary").text().contains("“kind” must be one of"),
        page.text());
  }

  @Test
  void searchTextWithMarkupIsShownEscaped() {
    HttpResponse<String> response = Http.get("/catalogue/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assertEquals(200, response.statusCode());
    assertFalse(response.body().contains("<script>alert(1)</script>"));
    assertTrue(response.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void anItemHasAReadableAddress() {
    HttpResponse<String> response = Http.get("/catalogue/e-lfh-person-centred-approaches");
    assertEquals(200, response.statusCode());
    Document page = Jsoup.parse(response.body());
    assertEquals("Person-Centred Approaches", page.selectFirst("h1").text());
    assertTrue(page.text().contains("5 hours"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/catalogue/no-such-training", "/catalogue/item.xhtml", "/no-such-page.xhtml"})
  void anUnknownAddressIsANotFoundPageNotAStackTrace(String path) {
    HttpResponse<String> response = Http.get(path);
    assertEquals(404, response.statusCode());
    assertTrue(response.body().contains("Page not found"));
    assertFalse(
        response.body().matches("(?s).*(java\\.lang\\.|\\bat (org|jakarta|java)\\.).*"),
        "no stack trace");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/catalogue/",
        "/catalogue/?kind=e-learning",
        "/catalogue/pci-core-skills",
        "/signin.xhtml",
        "/privacy.xhtml"
      })
  void anonymousPageViewsCreateNoSession(String path) {
    HttpResponse<String> response = Http.get(path);
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().allValues("Set-Cookie").isEmpty(),
        response.headers().allValues("Set-Cookie").toString());
  }

  @Test
  void everyPageCarriesSecurityHeaders() {
    HttpResponse<String> response = Http.get("/catalogue/");
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(
        response
            .headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("frame-ancestors 'self'"));
    assertTrue(response.headers().firstValue("Referrer-Policy").isPresent());
  }

  @Test
  void adminPagesSendAnonymousVisitorsToSignIn() {
    HttpResponse<String> response = Http.get("/admin/catalogue/");
    assertEquals(302, response.statusCode());
    assertTrue(response.headers().firstValue("Location").orElse("").contains("/signin.xhtml"));
  }
}
