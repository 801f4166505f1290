package org.traininghub.newsletter.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.traininghub.accounts.entity.AccountRules;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.validation.Choice;
import org.traininghub.platform.validation.PlainText;
import org.traininghub.platform.validation.Problem;

/** What a sign-up must say: an address in the right form, a name or none, known topics. */
public final class SignUpRules {

  private SignUpRules() {}

  public static List<Problem> problems(String email, String name, Collection<String> topics) {
    List<Problem> problems = new ArrayList<>(AccountRules.email("email", email));
    if (name != null && !name.isBlank()) {
      problems.addAll(PlainText.line("name", "Name", name, AccountRules.NAME_MAX));
    }
    problems.addAll(topicProblems(topics));
    return problems;
  }

  public static List<Problem> topicProblems(Collection<String> topics) {
    if (topics == null || topics.isEmpty()) {
      return List.of(new Problem("topics", "Choose at least one topic"));
    }
    for (String slug : topics) {
      if (Choice.bySlug(Topic.class, slug).isEmpty()) {
        return List.of(
            new Problem(
                "topics",
                "There is no topic " + slug + ": choose from " + Choice.slugs(Topic.class)));
      }
    }
    return List.of();
  }

  /** The topics of {@code slugs}, all known (checked by {@link #topicProblems}). */
  public static Set<Topic> topics(Collection<String> slugs) {
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    slugs.stream()
        .map(s -> Choice.bySlug(Topic.class, s))
        .flatMap(Optional::stream)
        .forEach(topics::add);
    return topics;
  }
}
