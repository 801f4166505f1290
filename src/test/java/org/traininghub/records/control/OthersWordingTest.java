package org.traininghub.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.traininghub.records.control.PathwayRulesTest.A1;
import static org.traininghub.records.control.PathwayRulesTest.A2;
import static org.traininghub.records.control.PathwayRulesTest.A3;
import static org.traininghub.records.control.PathwayRulesTest.A4;
import static org.traininghub.records.control.PathwayRulesTest.L1;
import static org.traininghub.records.control.PathwayRulesTest.M1;
import static org.traininghub.records.control.PathwayRulesTest.P1;
import static org.traininghub.records.control.PathwayRulesTest.TODAY;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.traininghub.records.entity.Stage;
import org.traininghub.records.entity.SupervisionKind;

class OthersWordingTest {

  private static final Pattern SECOND_PERSON =
      Pattern.compile("\\b(you|your|yours)\\b", Pattern.CASE_INSENSITIVE);

  @Test
  void namedPeopleAreTheCoachs() {
    assertEquals(
        "GP supervisor not named on the coach's profile",
        OthersWording.of("Name your GP supervisor on your profile"));
    assertEquals(
        "Social Prescribing Link Worker(s) not named on the coach's profile",
        OthersWording.of("Name your Social Prescribing Link Worker(s) on your profile"));
    assertEquals("Named on the coach's profile", OthersWording.of("Named on your profile"));
    assertEquals(
        "Signed version 2023; version 2024 is not signed yet",
        OthersWording.of("You signed version 2023; sign version 2024"));
  }

  /** Every sentence the rules write, for many records, no longer speaks to the reader. */
  @Test
  void noSentenceOfTheRulesIsLeftSpeakingToTheReader() {
    Random random = new Random(2);
    List<Rule> rules = List.of(A1, A2, A3, A4, P1, M1, L1);
    Set<String> seen = new HashSet<>();
    for (int n = 0; n < 400; n++) {
      PathwayRulesTest.Coach coach =
          new PathwayRulesTest.Coach()
              .started(random.nextInt(5) == 0 ? null : TODAY.minusDays(random.nextInt(900)));
      if (random.nextBoolean()) {
        coach.partTime(4 + random.nextInt(10));
      }
      coach.linkWorkers = random.nextBoolean();
      coach.firstContact = random.nextBoolean();
      coach.gp = random.nextBoolean();
      coach.practice = random.nextBoolean() ? BigDecimal.ONE : BigDecimal.ZERO;
      if (random.nextBoolean()) {
        coach.signatures.add(
            new CoachRecord.Signature(A2.id(), random.nextBoolean() ? "2024" : "2022", TODAY));
      }
      for (int e = random.nextInt(4); e > 0; e--) {
        Rule rule = List.of(A1, M1, L1).get(random.nextInt(3));
        coach.add(
            rule,
            Stage.values()[random.nextInt(Stage.values().length)],
            TODAY.minusDays(random.nextInt(500)),
            random.nextBoolean() ? TODAY.minusDays(random.nextInt(100)) : null,
            null,
            random.nextBoolean(),
            false);
      }
      if (random.nextBoolean()) {
        coach.session(TODAY.minusDays(random.nextInt(90)), SupervisionKind.INDIVIDUAL);
      }
      for (Standing s : PathwayRules.evaluate(rules, coach.record(), TODAY).values()) {
        seen.add(s.detail());
        String told = OthersWording.of(s.detail());
        assertFalse(SECOND_PERSON.matcher(told).find(), s.detail() + " -> " + told);
      }
    }
    assertTrue(seen.stream().anyMatch(d -> SECOND_PERSON.matcher(d).find()), "coach wording seen");
  }
}
