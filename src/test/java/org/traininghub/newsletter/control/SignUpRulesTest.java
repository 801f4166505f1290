package org.traininghub.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.validation.Problem;

class SignUpRulesTest {

  @Test
  void aGoodSignUpHasNoProblems() {
    assertTrue(
        SignUpRules.problems("ann@example.nhs.uk", null, List.of("hwbc-training")).isEmpty());
  }

  @Test
  void eachProblemIsNamedBesideItsField() {
    List<Problem> problems = SignUpRules.problems("ann at example", "<b>Ann</b>", List.of());
    assertEquals(
        List.of("email", "name", "topics"), problems.stream().map(Problem::field).toList());
    assertTrue(problems.get(0).message().contains("like name@example.nhs.uk"));
    assertEquals("Choose at least one topic", problems.get(2).message());
  }

  @Test
  void anUnknownTopicNamesTheTopicsThereAre() {
    String message = SignUpRules.topicProblems(List.of("gardening")).get(0).message();
    assertEquals(
        "There is no topic gardening: choose from hwbc-training, voluntary-sector,"
            + " primary-care-roles",
        message);
  }

  @Test
  void slugsBecomeTopics() {
    assertEquals(
        Set.of(Topic.VOLUNTARY_SECTOR, Topic.PRIMARY_CARE_ROLES),
        SignUpRules.topics(List.of("voluntary-sector", "primary-care-roles")));
  }
}
