package org.traininghub.platform.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.traininghub.platform.time.BritishDates;

/**
 * Numbers and dates as typed into a form, read here beside the rules rather than by Faces
 * converters: a converter that fails stops the form before the rules run, so "abc" in one field hid
 * every other problem. Here a value that cannot be read is one problem among the rest, and the
 * person sees them all at once.
 */
public final class TypedIn {

  private final List<Problem> problems = new ArrayList<>();

  /** A number such as 4 or 4.5; null when blank or unreadable (then a problem says so). */
  public BigDecimal decimal(String field, String text, String unreadable) {
    if (isBlank(text)) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      problems.add(new Problem(field, unreadable));
      return null;
    }
  }

  /** A whole number; null when blank or unreadable (then a problem says so). */
  public Integer wholeNumber(String field, String text, String unreadable) {
    if (isBlank(text)) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(new Problem(field, unreadable));
      return null;
    }
  }

  /**
   * A date as a browser's date field sends it (2027-03-31) or as people write it (31/03/2027, 31
   * March 2027); null when blank or unreadable (then a problem says so).
   */
  public LocalDate date(String field, String text, String unreadable) {
    if (isBlank(text)) {
      return null;
    }
    return BritishDates.parse(text)
        .orElseGet(
            () -> {
              problems.add(new Problem(field, unreadable));
              return null;
            });
  }

  /** The values that could not be read. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Every problem of the submission: the values that could not be read, then what the rules found
   * about the other fields (a field whose value could not be read was checked as if empty, so what
   * the rules say about it is left out).
   */
  public List<Problem> and(List<Problem> ruleProblems) {
    Set<String> unreadable = new HashSet<>();
    problems.forEach(p -> unreadable.add(p.field()));
    List<Problem> all = new ArrayList<>(problems);
    ruleProblems.stream().filter(p -> !unreadable.contains(p.field())).forEach(all::add);
    return all;
  }

  /** A number or date for a form field: plain, as it would be typed. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal number
        ? number.stripTrailingZeros().toPlainString()
        : value.toString();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
