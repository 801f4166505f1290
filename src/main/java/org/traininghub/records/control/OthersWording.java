package org.traininghub.records.control;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules' sentences ({@link Standing#detail()}) speak to the coach ("Name your GP supervisor on
 * your profile"); a hub admin or PCN lead reading a coach's record is told the same about the coach
 * ("GP supervisor not named on the coach's profile"). Every second-person sentence of {@link
 * PathwayRules} has its line here (a unit test checks that none is left speaking to the reader).
 */
public final class OthersWording {

  /** "Name your X on your profile": X, named or not, is the coach's. */
  private static final Pattern NAME_YOUR = Pattern.compile("^Name your (.+) on your profile$");

  private record Rewrite(Pattern pattern, String replacement) {}

  private static final List<Rewrite> REWRITES =
      List.of(
          rewrite("on your profile", "on the coach's profile"),
          rewrite(
              "log your coaching practice hours to count as qualified",
              "the coach's practice hours must be logged to count as qualified"),
          rewrite("record the renewal", "the renewal is not recorded yet"),
          rewrite(
              "^You signed version (.+); sign version (.+)$",
              "Signed version $1; version $2 is not signed yet"),
          rewrite("^Sign version (.+)$", "Version $1 is not signed yet"),
          rewrite("you need one ", "one is needed "));

  private OthersWording() {}

  /** {@code detail} as told to someone other than the coach. */
  public static String of(String detail) {
    Matcher named = NAME_YOUR.matcher(detail);
    if (named.matches()) {
      String what = named.group(1);
      return what.substring(0, 1).toUpperCase(Locale.ROOT)
          + what.substring(1)
          + " not named on the coach's profile";
    }
    String told = detail;
    for (Rewrite r : REWRITES) {
      told = r.pattern().matcher(told).replaceAll(r.replacement());
    }
    return told;
  }

  /** {@code conditions} as told to someone other than the coach. */
  public static List<Readiness.Condition> of(List<Readiness.Condition> conditions) {
    return conditions.stream()
        .map(
            c ->
                new Readiness.Condition(
                    c.code(), c.title(), c.met(), c.status(), of(c.detail()), c.proofs()))
        .toList();
  }

  private static Rewrite rewrite(String regex, String replacement) {
    return new Rewrite(Pattern.compile(regex), replacement);
  }
}
