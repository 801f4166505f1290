package org.traininghub.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.traininghub.it.Http;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * Search through the full-text indexes (issue 15): the start of a word finds the word, words the
 * index does not hold (short, stopwords, with other characters) are still found, and a catalogue
 * search comes best match first unless another order is asked for. Two items with a made-up word
 * are added with SQL and removed afterwards.
 */
class SearchIT {

  @BeforeAll
  static void addTwoItems() {
    String insert =
        "INSERT INTO catalogue_item (slug, kind, title, summary, provider, delivery_mode,"
            + " required_for_role, demo, created_at, updated_at, version)"
            + " VALUES (?, 'RESOURCE', ?, ?, 'Search test provider', 'ONLINE', FALSE, FALSE,"
            + " NOW(6), NOW(6), 0)";
    Sql.update(
        insert,
        "search-it-quillwort-method",
        "The quillwort method",
        "Quillwort practice, quillwort theory and quillwort supervision, in 4 hours.");
    Sql.update(
        insert,
        "search-it-aardvark",
        "Aardvark sessions",
        "Mentions the quillworts once, in 2 hours.");
  }

  @AfterAll
  static void removeThem() {
    Sql.update("DELETE FROM catalogue_item WHERE slug LIKE 'search-it-%'");
  }

  private static List<String> slugs(String query) {
    JsonObject page = Http.json(Http.get("/api/catalogue?" + query, "application/json"));
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(i -> i.getString("slug"))
        .toList();
  }

  @Test
  void theStartOfAWordFindsTheWord() {
    assertTrue(slugs("q=decis").contains("pci-shared-decision-making"));
    assertTrue(slugs("q=prescrib").contains("e-lfh-social-prescribing"));
    assertEquals(2, slugs("q=quillwort").size(), "quillwort finds quillworts too");
  }

  @Test
  void aSearchIsBestMatchFirstUnlessAnotherOrderIsAsked() {
    assertEquals(List.of("search-it-quillwort-method", "search-it-aardvark"), slugs("q=quillwort"));
    assertEquals(
        List.of("search-it-aardvark", "search-it-quillwort-method"),
        slugs("q=quillwort&sort=title"));
  }

  @Test
  void shortWordsStopwordsAndWordsWithOtherCharactersAreStillFound() {
    // "4" is shorter than the index's words, "in" and "the" are stopwords
    assertEquals(List.of("search-it-quillwort-method"), slugs("q=quillwort+4"));
    assertEquals(List.of("search-it-quillwort-method"), slugs("q=the+quillwort+in+4"));
    assertTrue(slugs("q=e-lfh").contains("e-lfh-social-prescribing"), "a word with a dash");
    assertEquals(List.of(), slugs("q=quillwort+zz"));
  }

  @Test
  void peopleAreFoundByTheStartOfTheirNameOrByTheirAddress() {
    WebClient admin = new WebClient();
    assertEquals(
        302, admin.signIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD).statusCode());
    assertTrue(people(admin, "okaf").contains("Ben Okafor (demo)"));
    assertTrue(people(admin, "ben+okafor").contains("Ben Okafor (demo)"));
    assertFalse(people(admin, "asha+okafor").contains("Ben Okafor (demo)"));
    assertTrue(people(admin, "coach2%40demo").contains("Ben Okafor (demo)"), "an address");
    assertTrue(people(admin, "Pa").contains("Asha Patel (demo)"), "two letters");
  }

  private static String people(WebClient admin, String q) {
    return Jsoup.parse(admin.get("/admin/people/?q=" + q).body()).getElementById("people").text();
  }
}
