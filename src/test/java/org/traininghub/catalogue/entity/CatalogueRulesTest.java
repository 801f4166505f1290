package org.traininghub.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.traininghub.platform.validation.Problem;

class CatalogueRulesTest {

  // ---------------------------------------------------------------- typical items, one per kind

  /** A PCI-accredited health coaching course: four days, face to face, accredited until 2027. */
  static Draft accreditedCourse() {
    return new Draft(ItemKind.ACCREDITED_COURSE)
        .title("Health and Wellbeing Coaching Skills")
        .summary("Four-day PCI-accredited training in health coaching for primary care.")
        .provider("Coaching Academy Ltd")
        .mode(DeliveryMode.FACE_TO_FACE)
        .days("4")
        .validUntil(LocalDate.of(2027, 3, 31))
        .url("https://example.org/courses/health-coaching")
        .required(true);
  }

  static Draft pciModule() {
    return new Draft(ItemKind.PCI_MODULE)
        .title("Shared Decision Making")
        .summary("The PCI online module on shared decision making.")
        .provider("Personalised Care Institute")
        .mode(DeliveryMode.ONLINE)
        .hours("1.5")
        .url("https://example.org/modules/sdm")
        .required(true);
  }

  static Draft elearning() {
    return new Draft(ItemKind.ELEARNING)
        .title("Motivational Interviewing")
        .summary("An e-Learning for Healthcare programme.")
        .provider("NHS England e-Learning for Healthcare")
        .mode(DeliveryMode.ONLINE)
        .hours("5")
        .url("https://example.org/elfh/mi");
  }

  static Draft eventSeries() {
    return new Draft(ItemKind.EVENT_SERIES)
        .title("Coaching Supervision Sessions")
        .summary("Monthly group supervision run by the hub.")
        .provider("Training Hub")
        .mode(DeliveryMode.VIRTUAL);
  }

  static Draft resource() {
    return new Draft(ItemKind.RESOURCE)
        .title("Health Coaching Quick Guide")
        .summary("A two-page guide to the coaching conversation.")
        .provider("Training Hub")
        .mode(DeliveryMode.ONLINE)
        .url("https://example.org/guides/quick-guide.pdf");
  }

  static Stream<Arguments> typicalItems() {
    return Stream.of(
        Arguments.of(ItemKind.ACCREDITED_COURSE, accreditedCourse()),
        Arguments.of(ItemKind.PCI_MODULE, pciModule()),
        Arguments.of(ItemKind.ELEARNING, elearning()),
        Arguments.of(ItemKind.EVENT_SERIES, eventSeries()),
        Arguments.of(ItemKind.RESOURCE, resource()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typicalItems")
  void typicalItemOfEachKindIsAccepted(ItemKind kind, Draft draft) {
    assertEquals(kind, draft.build().kind());
    assertEquals(List.of(), CatalogueRules.check(draft.build()));
  }

  // ---------------------------------------------------------------- the whole item

  @Test
  void missingDetailsAreAProblemAboutTheKind() {
    List<Problem> problems = CatalogueRules.check(null);

    assertEquals(List.of("kind"), fields(problems));
    assertMessagesPresent(problems);
  }

  @Test
  void itemWithoutAKindIsAskedForOne() {
    assertEquals(
        Set.of("kind"), fieldSet(CatalogueRules.check(accreditedCourse().kind(null).build())));
  }

  @Test
  void kindRulesAreNotAppliedUntilTheKindIsKnown() {
    // No link, no length, no accreditation date: all fine until we know what kind of item it is.
    ItemDetails noKind = eventSeries().kind(null).build();

    assertEquals(Set.of("kind"), fieldSet(CatalogueRules.check(noKind)));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ItemDetails empty = new Draft(ItemKind.ACCREDITED_COURSE).build();

    List<Problem> problems = CatalogueRules.check(empty);

    assertEquals(
        Set.of(
            "title",
            "summary",
            "provider",
            "deliveryMode",
            "lengthDays",
            "accreditationValidUntil",
            "externalUrl"),
        fieldSet(problems));
    assertMessagesPresent(problems);
  }

  @Test
  void checkingDoesNotDependOnWhitespaceAroundText() {
    ItemDetails padded =
        accreditedCourse()
            .title("   Health and Wellbeing Coaching Skills  ")
            .provider("\tCoaching Academy Ltd\n")
            .url("  https://example.org/courses/health-coaching ")
            .build();

    assertEquals(List.of(), CatalogueRules.check(padded));
  }

  // ---------------------------------------------------------------- text fields

  @Nested
  class TextFields {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void missingTitleIsRefused(String title) {
      assertOnlyProblemIn("title", resource().title(title));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void missingSummaryIsRefused(String summary) {
      assertOnlyProblemIn("summary", resource().summary(summary));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void missingProviderIsRefused(String provider) {
      assertOnlyProblemIn("provider", resource().provider(provider));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void fundingNoteIsOptional(String note) {
      assertEquals(List.of(), CatalogueRules.check(resource().fundingNote(note).build()));
    }

    @Test
    void titleOfTheMaximumLengthIsAccepted() {
      assertEquals(
          List.of(),
          CatalogueRules.check(resource().title("t".repeat(CatalogueRules.TITLE_MAX)).build()));
    }

    @Test
    void titleLongerThanTheMaximumIsRefused() {
      assertOnlyProblemIn("title", resource().title("t".repeat(CatalogueRules.TITLE_MAX + 1)));
    }

    @Test
    void spacesAroundTheTitleDoNotCountTowardsItsLength() {
      String title = "  " + "t".repeat(CatalogueRules.TITLE_MAX) + "  ";

      assertEquals(List.of(), CatalogueRules.check(resource().title(title).build()));
    }

    @Test
    void summaryLongerThanTheMaximumIsRefused() {
      assertEquals(
          List.of(),
          CatalogueRules.check(resource().summary("s".repeat(CatalogueRules.SUMMARY_MAX)).build()));
      assertOnlyProblemIn(
          "summary", resource().summary("s".repeat(CatalogueRules.SUMMARY_MAX + 1)));
    }

    @Test
    void providerLongerThanTheMaximumIsRefused() {
      assertEquals(
          List.of(),
          CatalogueRules.check(
              resource().provider("p".repeat(CatalogueRules.PROVIDER_MAX)).build()));
      assertOnlyProblemIn(
          "provider", resource().provider("p".repeat(CatalogueRules.PROVIDER_MAX + 1)));
    }

    @Test
    void fundingNoteLongerThanTheMaximumIsRefused() {
      assertEquals(
          List.of(),
          CatalogueRules.check(
              resource().fundingNote("f".repeat(CatalogueRules.FUNDING_NOTE_MAX)).build()));
      assertOnlyProblemIn(
          "fundingNote", resource().fundingNote("f".repeat(CatalogueRules.FUNDING_NOTE_MAX + 1)));
    }

    @Test
    void tooLongMessageNamesTheFieldWithoutItsArticle() {
      // "the funding note" becomes "Funding note must be ...": the wording is the point here.
      Problem problem =
          only(
              CatalogueRules.check(
                  resource().fundingNote("f".repeat(CatalogueRules.FUNDING_NOTE_MAX + 1)).build()));

      assertTrue(problem.message().startsWith("Funding note "), problem.message());
      assertTrue(
          problem.message().contains(String.valueOf(CatalogueRules.FUNDING_NOTE_MAX)),
          problem.message());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Core\u0000Skills",
          "Core\u0007Skills",
          "Core\u001BSkills",
          "Core\u007FSkills",
          "Core\u0085Skills"
        })
    void controlCharactersInTheTitleAreRefused(String title) {
      assertOnlyProblemIn("title", resource().title(title));
    }

    @Test
    void controlCharactersInTheFundingNoteAreRefused() {
      assertOnlyProblemIn("fundingNote", resource().fundingNote("Funded\u0000by the hub"));
    }

    @Test
    void lineBreaksAndTabsInTheSummaryAreAccepted() {
      ItemDetails details =
          resource().summary("First paragraph.\r\n\r\nSecond\tparagraph.\nThird.").build();

      assertEquals(List.of(), CatalogueRules.check(details));
    }

    @Test
    void accentsAndTypographicPunctuationAreAccepted() {
      ItemDetails details = resource().title("Café conversations – “what matters to you?”").build();

      assertEquals(List.of(), CatalogueRules.check(details));
    }
  }

  // ---------------------------------------------------------------- delivery and length

  @Nested
  class DeliveryAndLength {

    @Test
    void missingDeliveryModeIsRefused() {
      assertOnlyProblemIn("deliveryMode", resource().mode(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "-1", "-0.5"})
    void lengthInDaysMustBeMoreThanZero(String days) {
      assertOnlyProblemIn("lengthDays", eventSeries().days(days));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2"})
    void lengthInHoursMustBeMoreThanZero(String hours) {
      assertOnlyProblemIn("lengthHours", eventSeries().hours(hours));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "1", "4.5", "4.50", "60"})
    void lengthInDaysUpToSixtyWithOneDecimalPlaceIsAccepted(String days) {
      assertEquals(List.of(), CatalogueRules.check(eventSeries().days(days).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"60.1", "61", "365"})
    void lengthInDaysOverSixtyIsRefused(String days) {
      assertOnlyProblemIn("lengthDays", eventSeries().days(days));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1", "2.5", "500", "500.0"})
    void lengthInHoursUpToFiveHundredIsAccepted(String hours) {
      assertEquals(List.of(), CatalogueRules.check(eventSeries().hours(hours).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"500.1", "1000"})
    void lengthInHoursOverFiveHundredIsRefused(String hours) {
      assertOnlyProblemIn("lengthHours", eventSeries().hours(hours));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.25", "0.05", "1.333"})
    void lengthInDaysWithMoreThanOneDecimalPlaceIsRefused(String days) {
      assertOnlyProblemIn("lengthDays", eventSeries().days(days));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.75", "0.01"})
    void lengthInHoursWithMoreThanOneDecimalPlaceIsRefused(String hours) {
      assertOnlyProblemIn("lengthHours", eventSeries().hours(hours));
    }

    @Test
    void lengthWrittenInScientificNotationIsJudgedByItsValue() {
      // 4E+1 is 40: a whole number of days, however BigDecimal happens to hold it.
      ItemDetails details = eventSeries().days(new BigDecimal("4E+1")).build();

      assertEquals(List.of(), CatalogueRules.check(details));
    }
  }

  // ---------------------------------------------------------------- the link

  @Nested
  class ExternalLink {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://example.org",
          "http://example.org/page",
          "HTTPS://Example.org/Courses?id=12&view=full#dates",
          "https://www.e-lfh.org.uk/programmes/health-coaching/"
        })
    void fullWebAddressIsAccepted(String url) {
      assertEquals(List.of(), CatalogueRules.check(resource().url(url).build()));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "example.org/course",
          "www.example.org",
          "/catalogue/core-skills",
          "ftp://example.org/file",
          "javascript:alert(1)",
          "mailto:training@example.org",
          "https://",
          "https:///no-host",
          "https://exa mple.org",
          "https://example.org/<script>"
        })
    void anythingButAFullWebAddressIsRefused(String url) {
      assertOnlyProblemIn("externalUrl", resource().url(url));
    }

    @Test
    void linkOfTheMaximumLengthIsAccepted() {
      String url = urlOfLength(CatalogueRules.URL_MAX);

      assertEquals(List.of(), CatalogueRules.check(resource().url(url).build()));
    }

    @Test
    void linkLongerThanTheMaximumIsRefused() {
      assertOnlyProblemIn("externalUrl", resource().url(urlOfLength(CatalogueRules.URL_MAX + 1)));
    }

    private String urlOfLength(int length) {
      String start = "https://example.org/";
      return start + "a".repeat(length - start.length());
    }
  }

  // ---------------------------------------------------------------- kind rules: accredited courses

  @Nested
  class AccreditedCourses {

    @ParameterizedTest
    @ValueSource(strings = {"1", "3", "3.5", "3.9"})
    void accreditedCourseShorterThanFourDaysIsRefused(String days) {
      Problem problem = only(CatalogueRules.check(accreditedCourse().days(days).build()));

      assertEquals("lengthDays", problem.field());
      assertTrue(problem.message().contains("4 days"), problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "4.0", "4.5", "10"})
    void accreditedCourseOfFourDaysOrMoreIsAccepted(String days) {
      assertEquals(List.of(), CatalogueRules.check(accreditedCourse().days(days).build()));
    }

    @Test
    void accreditedCourseWithoutALengthInDaysIsRefused() {
      assertOnlyProblemIn("lengthDays", accreditedCourse().days((BigDecimal) null));
    }

    @Test
    void accreditedCourseGivenOnlyInHoursIsStillAskedForDays() {
      assertOnlyProblemIn("lengthDays", accreditedCourse().days((BigDecimal) null).hours("28"));
    }

    @Test
    void accreditedCourseWithoutAnAccreditationValidUntilDateIsRefused() {
      assertOnlyProblemIn("accreditationValidUntil", accreditedCourse().validUntil(null));
    }

    @Test
    void accreditedCourseWhoseAccreditationHasRunOutCanStillBeEntered() {
      // Expiry is shown to coaches, not refused: the course stays on their records.
      ItemDetails details = accreditedCourse().validUntil(LocalDate.of(2001, 1, 1)).build();

      assertEquals(List.of(), CatalogueRules.check(details));
    }

    @ParameterizedTest
    @EnumSource(
        value = DeliveryMode.class,
        names = {"FACE_TO_FACE", "VIRTUAL", "BLENDED"})
    void accreditedCourseMayBeFaceToFaceVirtualOrBlended(DeliveryMode mode) {
      assertEquals(List.of(), CatalogueRules.check(accreditedCourse().mode(mode).build()));
    }

    @Test
    void accreditedCourseCannotBeSelfPacedOnline() {
      assertOnlyProblemIn("deliveryMode", accreditedCourse().mode(DeliveryMode.ONLINE));
    }

    @Test
    void accreditedCourseWithoutALinkToTheProviderIsRefused() {
      assertOnlyProblemIn("externalUrl", accreditedCourse().url(null));
    }
  }

  // ---------------------------------------------------------------- kind rules: online learning

  @Nested
  class OnlineLearning {

    static Stream<Arguments> onlineKindsInOtherModes() {
      return Stream.of(ItemKind.PCI_MODULE, ItemKind.ELEARNING)
          .flatMap(
              kind ->
                  Stream.of(DeliveryMode.FACE_TO_FACE, DeliveryMode.VIRTUAL, DeliveryMode.BLENDED)
                      .map(mode -> Arguments.of(kind, mode)));
    }

    @ParameterizedTest(name = "{0} delivered {1}")
    @MethodSource("onlineKindsInOtherModes")
    void modulesAndELearningMustBeDeliveredOnline(ItemKind kind, DeliveryMode mode) {
      Draft draft = kind == ItemKind.PCI_MODULE ? pciModule() : elearning();

      assertOnlyProblemIn("deliveryMode", draft.mode(mode));
    }

    @Test
    void eLearningProgrammeWithoutHoursIsRefused() {
      assertOnlyProblemIn("lengthHours", elearning().hours((BigDecimal) null));
    }

    @Test
    void eLearningProgrammeGivenOnlyInDaysIsStillAskedForHours() {
      assertOnlyProblemIn("lengthHours", elearning().hours((BigDecimal) null).days("1"));
    }

    @Test
    void pciModuleWithoutAStatedLengthIsAccepted() {
      assertEquals(List.of(), CatalogueRules.check(pciModule().hours((BigDecimal) null).build()));
    }

    @Test
    void pciModuleWithoutALinkIsRefused() {
      assertOnlyProblemIn("externalUrl", pciModule().url(null));
    }

    @Test
    void eLearningProgrammeWithoutALinkIsRefused() {
      assertOnlyProblemIn("externalUrl", elearning().url(null));
    }
  }

  // ---------------------------------------------------------------- kind rules: resources and
  // events

  @Nested
  class ResourcesAndEvents {

    @Test
    void resourceCannotBeRequiredForTheRole() {
      assertOnlyProblemIn("requiredForRole", resource().required(true));
    }

    @Test
    void resourceWithoutALinkIsRefused() {
      assertOnlyProblemIn("externalUrl", resource().url(null));
    }

    @Test
    void eventSeriesNeedsNeitherALinkNorALength() {
      ItemDetails details =
          eventSeries().url(null).days((BigDecimal) null).hours((BigDecimal) null).build();

      assertEquals(List.of(), CatalogueRules.check(details));
    }

    @Test
    void eventSeriesMayBeRequiredForTheRole() {
      assertEquals(List.of(), CatalogueRules.check(eventSeries().required(true).build()));
    }
  }

  @ParameterizedTest
  @EnumSource(value = ItemKind.class, names = "ACCREDITED_COURSE", mode = EnumSource.Mode.EXCLUDE)
  void onlyAccreditedCoursesHaveAnAccreditationDate(ItemKind kind) {
    Draft draft =
        switch (kind) {
          case PCI_MODULE -> pciModule();
          case ELEARNING -> elearning();
          case EVENT_SERIES -> eventSeries();
          case RESOURCE -> resource();
          case ACCREDITED_COURSE -> throw new AssertionError("excluded");
        };

    assertOnlyProblemIn("accreditationValidUntil", draft.validUntil(LocalDate.of(2027, 3, 31)));
  }

  // ---------------------------------------------------------------- helpers

  private static void assertOnlyProblemIn(String field, Draft draft) {
    List<Problem> problems = CatalogueRules.check(draft.build());
    assertFalse(problems.isEmpty(), "expected a problem with " + field);
    assertAll(
        () -> assertEquals(Set.of(field), fieldSet(problems), () -> "problems: " + problems),
        () -> assertMessagesPresent(problems));
  }

  private static Problem only(List<Problem> problems) {
    assertEquals(1, problems.size(), () -> "problems: " + problems);
    assertMessagesPresent(problems);
    return problems.get(0);
  }

  private static void assertMessagesPresent(List<Problem> problems) {
    for (Problem problem : problems) {
      assertTrue(
          problem.message() != null && !problem.message().isBlank(),
          () -> "no message for " + problem.field());
    }
  }

  private static List<String> fields(List<Problem> problems) {
    return problems.stream().map(Problem::field).toList();
  }

  private static Set<String> fieldSet(List<Problem> problems) {
    return problems.stream().map(Problem::field).collect(Collectors.toSet());
  }

  /** Item details under construction, so that each test states only what it changes. */
  static final class Draft {
    private ItemKind kind;
    private String title;
    private String summary;
    private String provider;
    private DeliveryMode mode;
    private BigDecimal days;
    private BigDecimal hours;
    private LocalDate validUntil;
    private String fundingNote;
    private String url;
    private boolean required;

    Draft(ItemKind kind) {
      this.kind = kind;
    }

    Draft kind(ItemKind value) {
      kind = value;
      return this;
    }

    Draft title(String value) {
      title = value;
      return this;
    }

    Draft summary(String value) {
      summary = value;
      return this;
    }

    Draft provider(String value) {
      provider = value;
      return this;
    }

    Draft mode(DeliveryMode value) {
      mode = value;
      return this;
    }

    Draft days(String value) {
      return days(new BigDecimal(value));
    }

    Draft days(BigDecimal value) {
      days = value;
      return this;
    }

    Draft hours(String value) {
      return hours(new BigDecimal(value));
    }

    Draft hours(BigDecimal value) {
      hours = value;
      return this;
    }

    Draft validUntil(LocalDate value) {
      validUntil = value;
      return this;
    }

    Draft fundingNote(String value) {
      fundingNote = value;
      return this;
    }

    Draft url(String value) {
      url = value;
      return this;
    }

    Draft required(boolean value) {
      required = value;
      return this;
    }

    ItemDetails build() {
      return new ItemDetails(
          kind,
          title,
          summary,
          provider,
          mode,
          days,
          hours,
          validUntil,
          fundingNote,
          url,
          required);
    }

    @Override
    public String toString() {
      return String.valueOf(kind);
    }
  }
}
