package org.traininghub.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

class CatalogueItemTest {

  private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant LATER = CREATED.plus(Duration.ofDays(3));
  private static final Instant LATER_STILL = CREATED.plus(Duration.ofDays(10));
  private static final LocalDate VALID_UNTIL = LocalDate.of(2027, 3, 31);

  private static ItemDetails course() {
    return new ItemDetails(
        ItemKind.ACCREDITED_COURSE,
        "Health and Wellbeing Coaching Skills",
        "Four-day PCI-accredited training in health coaching.",
        "Coaching Academy Ltd",
        DeliveryMode.BLENDED,
        new BigDecimal("4"),
        new BigDecimal("28"),
        VALID_UNTIL,
        "Funded by the training hub",
        "https://example.org/courses/coaching",
        true);
  }

  private static ItemDetails module() {
    return new ItemDetails(
        ItemKind.PCI_MODULE,
        "Shared Decision Making",
        "The PCI online module.",
        "Personalised Care Institute",
        DeliveryMode.ONLINE,
        null,
        new BigDecimal("1.5"),
        null,
        null,
        "https://example.org/modules/sdm",
        false);
  }

  private static ItemDetails requiredResource() {
    return new ItemDetails(
        ItemKind.RESOURCE,
        "Quick Guide",
        "A guide.",
        "Training Hub",
        DeliveryMode.ONLINE,
        null,
        null,
        null,
        null,
        "https://example.org/guide.pdf",
        true);
  }

  private static CatalogueItem newCourse() {
    return new CatalogueItem("health-coaching-skills", course(), false, CREATED);
  }

  private static Set<String> fields(InvalidInputException e) {
    return e.problems().stream().map(Problem::field).collect(Collectors.toSet());
  }

  // ---------------------------------------------------------------- a new item

  @Nested
  class Creating {

    @Test
    void newItemKeepsItsSlugAndDetails() {
      CatalogueItem item = newCourse();

      assertEquals("health-coaching-skills", item.getSlug());
      assertEquals(course(), item.details());
    }

    @Test
    void newItemWasCreatedAndLastUpdatedNow() {
      CatalogueItem item = newCourse();

      assertEquals(CREATED, item.getCreatedAt());
      assertEquals(CREATED, item.getUpdatedAt());
    }

    @Test
    void newItemIsInTheCatalogueNotRetired() {
      CatalogueItem item = newCourse();

      assertFalse(item.isRetired());
      assertNull(item.getRetiredAt());
    }

    @Test
    void newItemRemembersWhetherItIsDemoData() {
      assertTrue(new CatalogueItem("demo-course", course(), true, CREATED).isDemo());
      assertFalse(new CatalogueItem("real-course", course(), false, CREATED).isDemo());
    }

    @Test
    void newItemHasNoIdUntilItIsStored() {
      assertNull(newCourse().getId());
    }

    @Test
    void textIsStoredWithoutSurroundingSpacesAndBlanksAsNothing() {
      ItemDetails padded =
          new ItemDetails(
              ItemKind.PCI_MODULE,
              "  Shared Decision Making ",
              "\tThe PCI online module.\n",
              " Personalised Care Institute ",
              DeliveryMode.ONLINE,
              null,
              new BigDecimal("1.5"),
              null,
              "   ",
              " https://example.org/modules/sdm ",
              false);

      CatalogueItem item = new CatalogueItem("shared-decision-making", padded, false, CREATED);

      assertAll(
          () -> assertEquals("Shared Decision Making", item.getTitle()),
          () -> assertEquals("The PCI online module.", item.getSummary()),
          () -> assertEquals("Personalised Care Institute", item.getProvider()),
          () -> assertNull(item.getFundingNote()),
          () -> assertEquals("https://example.org/modules/sdm", item.getExternalUrl()),
          () -> assertEquals(module(), item.details()));
    }

    @Test
    void newItemThatBreaksTheRulesIsRefusedWithItsProblems() {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () -> new CatalogueItem("quick-guide", requiredResource(), false, CREATED));

      assertEquals(Set.of("requiredForRole"), fields(refused));
      assertFalse(refused.getMessage().isBlank());
    }

    @Test
    void newItemWithoutDetailsIsRefused() {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () -> new CatalogueItem("nothing", null, false, CREATED));

      assertEquals(Set.of("kind"), fields(refused));
    }

    @Test
    void newItemWithoutASlugIsRefused() {
      assertThrows(
          NullPointerException.class, () -> new CatalogueItem(null, course(), false, CREATED));
    }

    @Test
    void newItemWithoutATimeIsRefused() {
      assertThrows(
          NullPointerException.class,
          () -> new CatalogueItem("health-coaching-skills", course(), false, null));
    }
  }

  // ---------------------------------------------------------------- revising

  @Nested
  class Revising {

    @Test
    void revisionReplacesTheDetails() {
      CatalogueItem item = newCourse();
      ItemDetails revised =
          new ItemDetails(
              ItemKind.ACCREDITED_COURSE,
              "Health Coaching Skills (2027 edition)",
              "Now five days.",
              "Coaching Academy Ltd",
              DeliveryMode.VIRTUAL,
              new BigDecimal("5"),
              null,
              LocalDate.of(2028, 3, 31),
              null,
              "https://example.org/courses/coaching-2027",
              false);

      item.revise(revised, LATER);

      assertEquals(revised, item.details());
    }

    @Test
    void revisionKeepsTheSlugSoTheAddressNeverChanges() {
      CatalogueItem item = newCourse();

      item.revise(module(), LATER);

      assertEquals("health-coaching-skills", item.getSlug());
    }

    @Test
    void revisionUpdatesTheTimeButNotTheCreationTime() {
      CatalogueItem item = newCourse();

      item.revise(module(), LATER);

      assertEquals(LATER, item.getUpdatedAt());
      assertEquals(CREATED, item.getCreatedAt());
    }

    @Test
    void revisionThatBreaksTheRulesIsRefusedWithItsProblems() {
      CatalogueItem item = newCourse();
      ItemDetails tooShort =
          new ItemDetails(
              ItemKind.ACCREDITED_COURSE,
              "Coaching taster",
              "Two days.",
              "Coaching Academy Ltd",
              DeliveryMode.FACE_TO_FACE,
              new BigDecimal("2"),
              null,
              null,
              null,
              "https://example.org/taster",
              false);

      InvalidInputException refused =
          assertThrows(InvalidInputException.class, () -> item.revise(tooShort, LATER));

      assertEquals(Set.of("lengthDays", "accreditationValidUntil"), fields(refused));
    }

    @Test
    void refusedRevisionLeavesTheItemAsItWas() {
      CatalogueItem item = newCourse();

      assertThrows(InvalidInputException.class, () -> item.revise(requiredResource(), LATER));

      assertEquals(course(), item.details());
      assertEquals(CREATED, item.getUpdatedAt());
    }

    @Test
    void revisionWithoutDetailsIsRefused() {
      CatalogueItem item = newCourse();

      assertThrows(InvalidInputException.class, () -> item.revise(null, LATER));
      assertEquals(course(), item.details());
    }

    @Test
    void retiredItemCanStillBeRevisedAndStaysRetired() {
      CatalogueItem item = newCourse();
      item.retire(LATER);

      item.revise(module(), LATER_STILL);

      assertTrue(item.isRetired());
      assertEquals(module(), item.details());
    }

    @Test
    void revisionWithoutATimeIsRefused() {
      CatalogueItem item = newCourse();

      assertThrows(NullPointerException.class, () -> item.revise(module(), null));
      assertEquals(CREATED, item.getUpdatedAt());
    }
  }

  // ---------------------------------------------------------------- retiring and restoring

  @Nested
  class RetiringAndRestoring {

    @Test
    void retiredItemLeavesTheCatalogueAtThatTime() {
      CatalogueItem item = newCourse();

      item.retire(LATER);

      assertTrue(item.isRetired());
      assertEquals(LATER, item.getRetiredAt());
      assertEquals(LATER, item.getUpdatedAt());
    }

    @Test
    void retiringKeepsTheDetailsForCoachesRecords() {
      CatalogueItem item = newCourse();

      item.retire(LATER);

      assertEquals(course(), item.details());
    }

    @Test
    void retiringTwiceKeepsTheFirstRetirement() {
      CatalogueItem item = newCourse();
      item.retire(LATER);

      item.retire(LATER_STILL);

      assertEquals(LATER, item.getRetiredAt());
      assertEquals(LATER, item.getUpdatedAt());
    }

    @Test
    void restoredItemIsBackInTheCatalogue() {
      CatalogueItem item = newCourse();
      item.retire(LATER);

      item.restore(LATER_STILL);

      assertFalse(item.isRetired());
      assertNull(item.getRetiredAt());
      assertEquals(LATER_STILL, item.getUpdatedAt());
    }

    @Test
    void restoringAnItemThatIsNotRetiredChangesNothing() {
      CatalogueItem item = newCourse();

      item.restore(LATER);

      assertFalse(item.isRetired());
      assertEquals(CREATED, item.getUpdatedAt());
    }

    @Test
    void restoredItemCanBeRetiredAgain() {
      CatalogueItem item = newCourse();
      item.retire(LATER);
      item.restore(LATER.plusSeconds(60));

      item.retire(LATER_STILL);

      assertEquals(LATER_STILL, item.getRetiredAt());
    }

    @Test
    void retiringWithoutATimeIsRefused() {
      CatalogueItem item = newCourse();

      assertThrows(NullPointerException.class, () -> item.retire(null));
      assertEquals(CREATED, item.getUpdatedAt());
    }

    @Test
    void restoringWithoutATimeIsRefused() {
      CatalogueItem item = newCourse();
      item.retire(LATER);

      assertThrows(NullPointerException.class, () -> item.restore(null));
      assertTrue(item.isRetired());
      assertEquals(LATER, item.getUpdatedAt());
    }
  }

  // ---------------------------------------------------------------- accreditation and length

  @Nested
  class Accreditation {

    @Test
    void accreditationIsCurrentBeforeItsValidUntilDate() {
      assertFalse(newCourse().accreditationExpired(VALID_UNTIL.minusDays(1)));
    }

    @Test
    void accreditationIsStillCurrentOnItsValidUntilDate() {
      assertFalse(newCourse().accreditationExpired(VALID_UNTIL));
    }

    @Test
    void accreditationHasExpiredTheDayAfterItsValidUntilDate() {
      assertTrue(newCourse().accreditationExpired(VALID_UNTIL.plusDays(1)));
    }

    @Test
    void itemWithoutAccreditationNeverExpires() {
      CatalogueItem module = new CatalogueItem("shared-decision-making", module(), false, CREATED);

      assertFalse(module.accreditationExpired(LocalDate.of(2999, 1, 1)));
    }

    @Test
    void revisedValidUntilDateIsTheOneThatCounts() {
      CatalogueItem item = newCourse();
      ItemDetails renewed =
          new ItemDetails(
              ItemKind.ACCREDITED_COURSE,
              course().title(),
              course().summary(),
              course().provider(),
              course().deliveryMode(),
              course().lengthDays(),
              course().lengthHours(),
              VALID_UNTIL.plusYears(1),
              course().fundingNote(),
              course().externalUrl(),
              course().requiredForRole());

      item.revise(renewed, LATER);

      assertFalse(item.accreditationExpired(VALID_UNTIL.plusDays(1)));
    }

    @Test
    void lengthIsDescribedAsPeopleSayIt() {
      assertEquals("4 days (28 hours)", newCourse().describeLength());
    }

    @Test
    void itemWithoutALengthDescribesItAsNothing() {
      ItemDetails series =
          new ItemDetails(
              ItemKind.EVENT_SERIES,
              "Supervision",
              "Monthly.",
              "Training Hub",
              DeliveryMode.VIRTUAL,
              null,
              null,
              null,
              null,
              null,
              false);

      assertEquals("", new CatalogueItem("supervision", series, false, CREATED).describeLength());
    }
  }
}
