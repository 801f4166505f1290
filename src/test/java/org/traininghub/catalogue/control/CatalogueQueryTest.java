package org.traininghub.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.traininghub.catalogue.control.CatalogueQuery.Parsed;
import org.traininghub.catalogue.control.CatalogueQuery.Sort;
import org.traininghub.catalogue.entity.DeliveryMode;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.validation.Problem;

class CatalogueQueryTest {

  // ---------------------------------------------------------------- reading the URL

  @Nested
  class Parsing {

    @Test
    void noParametersIsTheWholeCatalogue() {
      Parsed parsed = CatalogueQuery.parse(null, null, null, null, null, null);

      assertTrue(parsed.valid());
      assertEquals(CatalogueQuery.ALL, parsed.query());
    }

    @Test
    void blankParametersAreTreatedAsAbsent() {
      Parsed parsed = CatalogueQuery.parse("  ", "", " ", "", "  ", "");

      assertTrue(parsed.valid(), () -> "problems: " + parsed.problems());
      assertEquals(CatalogueQuery.ALL, parsed.query());
    }

    @Test
    void searchTextIsKeptWithoutSurroundingSpaces() {
      Parsed parsed = parseText("  health coaching ");

      assertTrue(parsed.valid());
      assertEquals("health coaching", parsed.query().text());
    }

    @Test
    void searchTextOfTheMaximumLengthIsAccepted() {
      String text = "a".repeat(CatalogueQuery.TEXT_MAX);

      Parsed parsed = parseText(text);

      assertTrue(parsed.valid());
      assertEquals(text, parsed.query().text());
    }

    @Test
    void searchTextLongerThanTheMaximumIsAProblemAndIsLeftOut() {
      Parsed parsed = parseText("a".repeat(CatalogueQuery.TEXT_MAX + 1));

      assertProblemsIn(parsed, "q");
      assertNull(parsed.query().text());
    }

    @ParameterizedTest
    @EnumSource(ItemKind.class)
    void everyKindIsReadFromItsSlug(ItemKind kind) {
      Parsed parsed = CatalogueQuery.parse(null, kind.slug(), null, null, null, null);

      assertTrue(parsed.valid());
      assertEquals(kind, parsed.query().kind());
    }

    @Test
    void kindIsReadDespiteSurroundingSpaces() {
      assertEquals(
          ItemKind.PCI_MODULE,
          CatalogueQuery.parse(null, " pci-module ", null, null, null, null).query().kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"course", "PCI_MODULE", "Pci-Module", "pci module", "elearning"})
    void unknownKindInUrlIsAProblemNamingTheParameter(String kind) {
      Parsed parsed = CatalogueQuery.parse(null, kind, null, null, null, null);

      assertProblemsIn(parsed, "kind");
      assertNull(parsed.query().kind());
    }

    @Test
    void unknownKindProblemListsTheKindsAllowed() {
      Problem problem =
          CatalogueQuery.parse(null, "course", null, null, null, null).problems().get(0);

      for (ItemKind kind : ItemKind.values()) {
        assertTrue(
            problem.message().contains(kind.slug()),
            () -> problem.message() + " lacks " + kind.slug());
      }
    }

    @ParameterizedTest
    @EnumSource(DeliveryMode.class)
    void everyDeliveryModeIsReadFromItsSlug(DeliveryMode mode) {
      Parsed parsed = CatalogueQuery.parse(null, null, mode.slug(), null, null, null);

      assertTrue(parsed.valid());
      assertEquals(mode, parsed.query().mode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-person", "FACE_TO_FACE", "Face to face"})
    void unknownDeliveryModeInUrlIsAProblemNamingTheParameter(String mode) {
      Parsed parsed = CatalogueQuery.parse(null, null, mode, null, null, null);

      assertProblemsIn(parsed, "mode");
      assertNull(parsed.query().mode());
    }

    @ParameterizedTest
    @EnumSource(Sort.class)
    void everySortIsReadFromItsSlug(Sort sort) {
      Parsed parsed = CatalogueQuery.parse(null, null, null, null, sort.slug(), null);

      assertTrue(parsed.valid());
      assertEquals(sort, parsed.query().sort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"oldest", "TITLE", "date"})
    void unknownSortInUrlIsAProblemAndTheListIsSortedByTitle(String sort) {
      Parsed parsed = CatalogueQuery.parse(null, null, null, null, sort, null);

      assertProblemsIn(parsed, "sort");
      assertEquals(Sort.TITLE, parsed.query().sort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "true", "on", " yes "})
    void requiredOnlyIsSwitchedOnByYesTrueOrOn(String required) {
      Parsed parsed = CatalogueQuery.parse(null, null, null, required, null, null);

      assertTrue(parsed.valid());
      assertTrue(parsed.query().requiredOnly());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "false", "any"})
    void requiredOnlyIsSwitchedOffByNoFalseOrAny(String required) {
      Parsed parsed = CatalogueQuery.parse(null, null, null, required, null, null);

      assertTrue(parsed.valid());
      assertFalse(parsed.query().requiredOnly());
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "1", "y"})
    void otherRequiredValuesAreAProblemNamingTheParameter(String required) {
      Parsed parsed = CatalogueQuery.parse(null, null, null, required, null, null);

      assertProblemsIn(parsed, "required");
      assertFalse(parsed.query().requiredOnly());
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "3, 3", "' 7 ', 7", "10000, 10000"})
    void pageIsAWholeNumberFromOneToTenThousand(String page, int expected) {
      Parsed parsed = CatalogueQuery.parse(null, null, null, null, null, page);

      assertTrue(parsed.valid());
      assertEquals(expected, parsed.query().page());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "10001", "two", "1.5", "2e3", "99999999999"})
    void otherPagesAreAProblemAndTheFirstPageIsShown(String page) {
      Parsed parsed = CatalogueQuery.parse(null, null, null, null, null, page);

      assertProblemsIn(parsed, "page");
      assertEquals(1, parsed.query().page());
    }

    @Test
    void eachBadParameterIsReportedAndTheGoodOnesAreKept() {
      Parsed parsed =
          CatalogueQuery.parse("coaching", "course", "online", "perhaps", "oldest", "zero");

      assertProblemsIn(parsed, "kind", "required", "sort", "page");
      assertEquals("coaching", parsed.query().text());
      assertEquals(DeliveryMode.ONLINE, parsed.query().mode());
    }

    @Test
    void parsedQueryIsValidOnlyWithoutProblems() {
      assertTrue(CatalogueQuery.parse("coaching", null, null, null, null, null).valid());
      assertFalse(CatalogueQuery.parse("coaching", "course", null, null, null, null).valid());
    }
  }

  // ---------------------------------------------------------------- the query itself

  @Nested
  class Query {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void blankTextMeansNoSearchText(String text) {
      assertNull(query(text).text());
    }

    @Test
    void missingSortMeansByTitle() {
      assertEquals(Sort.TITLE, new CatalogueQuery(null, null, null, false, null, 1).sort());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void pageBelowOneMeansTheFirstPage(int page) {
      assertEquals(1, new CatalogueQuery(null, null, null, false, Sort.TITLE, page).page());
    }

    @Test
    void termsAreTheLowerCaseWordsOfTheText() {
      assertEquals(
          List.of("health", "coaching", "pci"), query("  Health   COACHING\tPCI ").terms());
    }

    @Test
    void repeatedWordsAreSearchedForOnce() {
      assertEquals(
          List.of("coaching", "skills"), query("coaching Coaching skills COACHING").terms());
    }

    @Test
    void onlyTheFirstSixDifferentWordsAreSearchedFor() {
      assertEquals(
          List.of("one", "two", "three", "four", "five", "six"),
          query("one two one three four five six seven eight").terms());
    }

    @Test
    void queryWithoutTextHasNoTerms() {
      assertEquals(List.of(), CatalogueQuery.ALL.terms());
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "2, 20", "3, 40", "10000, 199980"})
    void offsetSkipsTheEarlierPages(int page, int offset) {
      assertEquals(offset, CatalogueQuery.ALL.withPage(page).offset());
    }

    @Test
    void withPageKeepsTheRestOfTheSearch() {
      CatalogueQuery search =
          new CatalogueQuery(
              "coaching", ItemKind.PCI_MODULE, DeliveryMode.ONLINE, true, Sort.NEWEST, 1);

      assertEquals(
          new CatalogueQuery(
              "coaching", ItemKind.PCI_MODULE, DeliveryMode.ONLINE, true, Sort.NEWEST, 4),
          search.withPage(4));
    }

    @Test
    void withPageBelowOneGoesToTheFirstPage() {
      assertEquals(1, CatalogueQuery.ALL.withPage(5).withPage(0).page());
    }
  }

  // ---------------------------------------------------------------- writing the URL

  @Nested
  class QueryString {

    @Test
    void wholeCatalogueHasAnEmptyQueryString() {
      assertEquals("", CatalogueQuery.ALL.toQueryString());
    }

    @Test
    void queryStringNamesEveryParameterThatDiffersFromTheDefault() {
      CatalogueQuery search =
          new CatalogueQuery(
              "health coaching", ItemKind.PCI_MODULE, DeliveryMode.ONLINE, true, Sort.NEWEST, 2);

      assertEquals(
          "q=health+coaching&kind=pci-module&mode=online&required=yes&sort=newest&page=2",
          search.toQueryString());
    }

    @Test
    void defaultSortAndFirstPageAreLeftOut() {
      CatalogueQuery search =
          new CatalogueQuery(null, ItemKind.RESOURCE, null, false, Sort.TITLE, 1);

      assertEquals("kind=resource", search.toQueryString());
    }

    @Test
    void searchTextIsEncodedSoItCannotAddParameters() {
      String query = query("A&E triage=yes #1").toQueryString();

      assertEquals(1, query.split("&").length, query);
      assertEquals("A&E triage=yes #1", parameters(query).get("q"));
    }

    @Test
    void queryStringReadsBackAsTheSameSearch() {
      CatalogueQuery search =
          new CatalogueQuery(
              "café & “wellbeing”",
              ItemKind.ELEARNING,
              DeliveryMode.ONLINE,
              true,
              Sort.PROVIDER,
              3);
      Map<String, String> p = parameters(search.toQueryString());

      Parsed parsed =
          CatalogueQuery.parse(
              p.get("q"),
              p.get("kind"),
              p.get("mode"),
              p.get("required"),
              p.get("sort"),
              p.get("page"));

      assertTrue(parsed.valid(), () -> "problems: " + parsed.problems());
      assertEquals(search, parsed.query());
    }

    private Map<String, String> parameters(String queryString) {
      Map<String, String> parameters = new HashMap<>();
      for (String pair : queryString.split("&")) {
        String[] nameAndValue = pair.split("=", 2);
        parameters.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
      }
      return parameters;
    }
  }

  // ---------------------------------------------------------------- helpers

  private static CatalogueQuery query(String text) {
    return new CatalogueQuery(text, null, null, false, null, 1);
  }

  private static Parsed parseText(String q) {
    return CatalogueQuery.parse(q, null, null, null, null, null);
  }

  private static void assertProblemsIn(Parsed parsed, String... fields) {
    assertFalse(parsed.valid());
    assertEquals(
        Set.of(fields), parsed.problems().stream().map(Problem::field).collect(Collectors.toSet()));
    assertEquals(fields.length, parsed.problems().size(), () -> "problems: " + parsed.problems());
    for (Problem problem : parsed.problems()) {
      assertTrue(
          problem.message() != null && !problem.message().isBlank(),
          "message for " + problem.field());
    }
  }
}
