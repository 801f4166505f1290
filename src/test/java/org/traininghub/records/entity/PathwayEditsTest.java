package org.traininghub.records.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.traininghub.platform.validation.Problem;

class PathwayEditsTest {

  private static PathwayEdits.Details details(
      String code, RequirementKind kind, Set<Long> items, Integer interval, String version) {
    return new PathwayEdits.Details(
        code,
        "A title",
        "What meets it.",
        kind,
        true,
        false,
        items,
        null,
        version,
        interval,
        kind == RequirementKind.PROFILE_FACT ? ProfileFact.LINK_WORKERS : null,
        null,
        null,
        null);
  }

  private static List<String> fields(PathwayEdits.Details d) {
    return PathwayEdits.requirement(d).stream().map(Problem::field).toList();
  }

  @Test
  void aGoodRequirementOfEachKindHasNoProblem() {
    assertEquals(
        List.of(), fields(details("M4", RequirementKind.COMPLETION, Set.of(1L), null, null)));
    assertEquals(List.of(), fields(details("A5", RequirementKind.RECURRING, null, 1, null)));
    assertEquals(
        List.of(), fields(details("A6", RequirementKind.ACKNOWLEDGEMENT, null, null, "2025")));
    assertEquals(List.of(), fields(details("P2", RequirementKind.PROFILE_FACT, null, null, null)));
  }

  @Test
  void anItemRequirementNeedsAnItemAndARecurringOneAnIntervalInRange() {
    assertEquals(
        List.of("items"), fields(details("M4", RequirementKind.COMPLETION, Set.of(), null, null)));
    assertEquals(
        List.of("intervalMonths"),
        fields(details("A5", RequirementKind.RECURRING, null, null, null)));
    assertEquals(
        List.of("intervalMonths"), fields(details("A5", RequirementKind.RECURRING, null, 0, null)));
    List<Problem> tooLong =
        PathwayEdits.requirement(details("A5", RequirementKind.RECURRING, null, 25, null));
    assertTrue(tooLong.get(0).message().contains("from 1 to 24"), tooLong.toString());
  }

  @Test
  void theCodeIsCapitalLettersAndDigitsAndOnlyTheKindsFieldsAreKept() {
    assertEquals(
        List.of("code"),
        fields(details("m-4!", RequirementKind.COMPLETION, Set.of(1L), null, null)));
    PathwayEdits.Details d = details(" m4 ", RequirementKind.COMPLETION, Set.of(1L), 3, "2024");
    assertEquals("M4", d.code());
    assertEquals(null, d.intervalMonths());
    assertEquals(null, d.acknowledgementVersion());
    assertEquals(Set.of(), details("A5", RequirementKind.RECURRING, Set.of(1L), 1, null).itemIds());
  }

  @Test
  void aPathwayNeedsARoleCodeInCapitalsAndAName() {
    assertEquals(List.of(), PathwayEdits.pathway("SPLW", "Social Prescribing Link Worker"));
    assertEquals(
        List.of("roleCode", "name"),
        PathwayEdits.pathway("splw worker", " ").stream().map(Problem::field).toList());
  }
}
