package org.traininghub.accounts.entity;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.traininghub.platform.validation.PlainText;
import org.traininghub.platform.validation.Problem;

/**
 * What a name, an email address and a password must be. Each check returns the problems, named by
 * field, in words the person can act on.
 */
public final class AccountRules {

  public static final int NAME_MAX = 120;
  public static final int EMAIL_MAX = 254;
  public static final int PASSWORD_MIN = 12;
  public static final int PASSWORD_MAX = 200;

  /** Local part, an @, and a domain with at least one dot; no spaces, no second @. */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  /**
   * Estimates how many guesses a password would take, knowing the lists of common and breached
   * passwords, words, names, keyboard patterns, dates and years, repeats and substitutions
   * (zxcvbn). Built once: it loads its lists when made.
   */
  private static final Zxcvbn STRENGTH = new Zxcvbn();

  /**
   * Guesses a new password must need, at least: zxcvbn's top score ("very unguessable", 10^10),
   * which refuses a word with a year and a symbol ({@code Summer2024!!}, about 10^8).
   */
  static final double MINIMUM_GUESSES = 1e10;

  /** Words anyone guessing at this portal's accounts would try first. */
  private static final List<String> PORTAL_WORDS =
      List.of("training", "hub", "traininghub", "coach", "coaching", "wellbeing", "nhs");

  private AccountRules() {}

  /** The name of the person at the screen. */
  public static List<Problem> name(String field, String name) {
    return name(field, name, "Enter your full name");
  }

  /** A name, {@code missing} saying whose it is when it was left out. */
  public static List<Problem> name(String field, String name, String missing) {
    if (name == null || name.isBlank()) {
      return List.of(new Problem(field, missing));
    }
    return PlainText.line(field, "Name", name, NAME_MAX);
  }

  public static List<Problem> email(String field, String email) {
    if (email == null || email.isBlank()) {
      return List.of(new Problem(field, "Enter an email address"));
    }
    String stripped = email.strip();
    if (stripped.length() > EMAIL_MAX) {
      return List.of(
          new Problem(field, "Email address must be " + EMAIL_MAX + " characters or fewer"));
    }
    if (!EMAIL.matcher(stripped).matches()) {
      return List.of(
          new Problem(
              field, "Enter an email address in the right format, like name@example.nhs.uk"));
    }
    return List.of();
  }

  /** The rules for a new password; {@code email} is the account's, which it must not repeat. */
  public static List<Problem> newPassword(String field, String password, String email) {
    List<Problem> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      return List.of(new Problem(field, "Enter a password"));
    }
    if (password.length() < PASSWORD_MIN) {
      problems.add(new Problem(field, "Password must be at least " + PASSWORD_MIN + " characters"));
    } else if (password.length() > PASSWORD_MAX) {
      problems.add(new Problem(field, "Password must be " + PASSWORD_MAX + " characters or fewer"));
    } else if (password.chars().distinct().count() < 4
        || (email != null && password.toLowerCase(Locale.ROOT).contains(localPart(email)))
        || guesses(password, email) < MINIMUM_GUESSES) {
      problems.add(
          new Problem(
              field,
              "Choose a password that is harder to guess: not a common or leaked password, not a"
                  + " word with a year or a keyboard pattern, not your email address, not one"
                  + " character repeated. A few unrelated words make a good one."));
    }
    return problems;
  }

  /** About how many guesses {@code password} would take someone who knows the address. */
  static double guesses(String password, String email) {
    List<String> known = new ArrayList<>(PORTAL_WORDS);
    if (email != null) {
      String lower = email.strip().toLowerCase(Locale.ROOT);
      known.add(lower);
      known.addAll(List.of(lower.split("[@.+_-]")));
    }
    return STRENGTH.measure(password, known).getGuesses();
  }

  /** The second copy of a new password must match the first. */
  public static List<Problem> confirmation(String password, String confirmation) {
    if (password == null || password.isEmpty() || password.equals(confirmation)) {
      return List.of();
    }
    if (confirmation == null || confirmation.isEmpty()) {
      return List.of(new Problem("confirmation", "Type the new password again, to confirm it"));
    }
    return List.of(new Problem("confirmation", "The two passwords are not the same"));
  }

  private static String localPart(String email) {
    String lower = email.strip().toLowerCase(Locale.ROOT);
    int at = lower.indexOf('@');
    String local = at > 0 ? lower.substring(0, at) : lower;
    // a very short local part ("jo") would refuse too many good passwords
    return local.length() >= 4 ? local : "\u0000";
  }
}
