package org.traininghub.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

  /** What the address filter (CatalogueAddresses) recognises as an item's slug. */
  private static final Pattern ADDRESS_SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  @Nested
  class FromATitle {

    @Test
    void slugIsTheTitleInLowerCaseWithHyphensForSpaces() {
      assertEquals("core-skills", Slugs.of("Core Skills"));
    }

    @Test
    void slugDropsAccentsAndAmpersands() {
      assertEquals("cafe-and-creme-brulee", Slugs.of("Café & Crème Brûlée"));
    }

    @Test
    void ampersandWithoutSpacesBecomesAndBetweenHyphens() {
      assertEquals("a-and-e-coaching", Slugs.of("A&E Coaching"));
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Health -- Coaching: Level 2!        | health-coaching-level-2",
          "Shared decision-making (SDM)        | shared-decision-making-sdm",
          "What matters to you? – a guide      | what-matters-to-you-a-guide",
          "“Quoted” title                      | quoted-title"
        })
    void runsOfPunctuationAndSpaceBecomeOneHyphen(String title, String slug) {
      assertEquals(slug, Slugs.of(title));
    }

    @Test
    void tabsAndLineBreaksBecomeHyphensToo() {
      assertEquals("tab-and-newline", Slugs.of("Tab\tand\r\nnewline"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"  Core Skills  ", "...Core Skills!!!", "- Core Skills -", "(Core Skills)"})
    void slugNeitherStartsNorEndsWithAHyphen(String title) {
      assertEquals("core-skills", Slugs.of(title));
    }

    @Test
    void digitsAreKept() {
      assertEquals("level-2-module-10-2026", Slugs.of("Level 2, Module 10 (2026)"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "!!!", "★ ☆", "---", "日本語"})
    void titleWithNothingToKeepGetsAPlaceholderSlug(String title) {
      assertEquals("item", Slugs.of(title));
    }

    @Test
    void slugOfTheMaximumLengthIsKeptWhole() {
      String title = "a".repeat(Slugs.MAX);

      assertEquals(title, Slugs.of(title));
    }

    @Test
    void longTitleIsCutToTheMaximumLength() {
      String slug = Slugs.of("word ".repeat(40));

      assertTrue(slug.length() <= Slugs.MAX, slug);
      assertTrue(slug.startsWith("word-word-word"), slug);
    }

    @Test
    void cutSlugDoesNotEndWithAHyphen() {
      // The 80th character is the hyphen after 79 a's.
      String slug = Slugs.of("a".repeat(Slugs.MAX - 1) + " bcd");

      assertEquals("a".repeat(Slugs.MAX - 1), slug);
    }

    @Test
    void ampersandsCountTowardsTheMaximumAfterBecomingAnd() {
      String slug = Slugs.of("x & ".repeat(30));

      assertTrue(slug.length() <= Slugs.MAX, slug);
      assertFalse(slug.endsWith("-"), slug);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Core Skills",
          "Café & Crème",
          "  --Über Coaching--  ",
          "İstanbul Ålesund Łódź",
          "100% PCI-accredited!",
          "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z",
          ""
        })
    void slugIsAlwaysAnAddressTheCatalogueRecognises(String title) {
      String slug = Slugs.of(title);

      assertTrue(ADDRESS_SLUG.matcher(slug).matches(), slug);
      assertTrue(slug.length() <= Slugs.MAX, slug);
    }

    @Test
    void sameTitleAlwaysGivesTheSameSlug() {
      assertEquals(Slugs.of("Motivational Interviewing"), Slugs.of("motivational  interviewing"));
    }
  }

  @Nested
  class MadeUnique {

    @Test
    void freeSlugIsUsedAsItIs() {
      assertEquals("core-skills", Slugs.unique("core-skills", Set.of("other-course")));
    }

    @Test
    void takenSlugGetsTheNumberTwo() {
      assertEquals("core-skills-2", Slugs.unique("core-skills", Set.of("core-skills")));
    }

    @Test
    void numbersCountUpPastThoseTaken() {
      assertEquals(
          "core-skills-4",
          Slugs.unique("core-skills", Set.of("core-skills", "core-skills-2", "core-skills-3")));
    }

    @Test
    void firstFreeNumberIsUsedEvenIfALaterOneIsTaken() {
      assertEquals(
          "core-skills-2", Slugs.unique("core-skills", List.of("core-skills", "core-skills-3")));
    }

    @Test
    void similarSlugsDoNotMakeABaseTaken() {
      assertEquals(
          "core-skills",
          Slugs.unique("core-skills", Set.of("core-skills-2", "core-skills-advanced", "core")));
    }
  }
}
