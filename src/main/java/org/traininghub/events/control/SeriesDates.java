package org.traininghub.events.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.platform.validation.Problem;

/**
 * The dates of a series an admin creates at once: the event's own date, then every week or every
 * month for a number of times, or a list of dates typed in. A month later than the 31st is the last
 * day of the shorter month. Problems are named by the form's {@code repeat} fields.
 */
public final class SeriesDates {

  /** How many events one series adds at most. */
  public static final int MOST = 24;

  /** How the event repeats. */
  public enum Repeat {
    NONE("Once"),
    WEEKLY("Every week"),
    MONTHLY("Every month (same date)"),
    DATES("On dates I list");

    private final String label;

    Repeat(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private SeriesDates() {}

  /**
   * Every date of the series in order, {@code first} included; empty (with {@code problems} filled)
   * when the repetition cannot be read.
   */
  public static List<LocalDate> of(
      LocalDate first, Repeat repeat, String times, String dates, List<Problem> problems) {
    if (repeat == null || repeat == Repeat.NONE) {
      return List.of(first);
    }
    if (repeat == Repeat.DATES) {
      return listed(first, dates, problems);
    }
    Optional<Integer> count = count(times);
    if (count.isEmpty()) {
      problems.add(
          new Problem("repeatTimes", "Enter how many events in all, from 2 to " + MOST + ""));
      return List.of();
    }
    List<LocalDate> all = new ArrayList<>();
    for (int n = 0; n < count.get(); n++) {
      all.add(repeat == Repeat.WEEKLY ? first.plusWeeks(n) : first.plusMonths(n));
    }
    return all;
  }

  private static Optional<Integer> count(String text) {
    try {
      int n = Integer.parseInt(text == null ? "" : text.strip());
      return n >= 2 && n <= MOST ? Optional.of(n) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static List<LocalDate> listed(LocalDate first, String text, List<Problem> problems) {
    TreeSet<LocalDate> all = new TreeSet<>();
    all.add(first);
    List<String> unreadable = new ArrayList<>();
    for (String part : (text == null ? "" : text).split("[\\n,;]+")) {
      if (part.isBlank()) {
        continue;
      }
      BritishDates.parse(part.strip())
          .ifPresentOrElse(all::add, () -> unreadable.add(part.strip()));
    }
    if (!unreadable.isEmpty()) {
      problems.add(
          new Problem(
              "repeatDates",
              "These are not dates: "
                  + String.join(", ", unreadable)
                  + ". Write one date a line, for example 14/04/2027"));
      return List.of();
    }
    if (all.size() < 2) {
      problems.add(new Problem("repeatDates", "List the other dates of the series, one a line"));
      return List.of();
    }
    if (all.size() > MOST) {
      problems.add(
          new Problem("repeatDates", "A series has " + MOST + " dates at most: list fewer"));
      return List.of();
    }
    return List.copyOf(all);
  }
}
