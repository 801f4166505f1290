package org.traininghub.platform.validation;

import java.util.List;

/**
 * The text rules every component applies to what people type. A line about a person (a name, a
 * practice, a supervisor) is plain text: no markup and no control characters, which have no place
 * in it and only ever carry an attack. Longer text (a catalogue summary) may show markup, escaped,
 * as text, and may have line breaks and tabs, but no other control characters, which cannot be
 * shown.
 */
public final class PlainText {

  private PlainText() {}

  /**
   * The problem with an optional line of plain text, if any: too long (after stripping), or with
   * {@code <}, {@code >} or a control character in it. Blank is no problem (the caller decides
   * whether it is required).
   */
  public static List<Problem> line(String field, String label, String value, int max) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      return List.of(new Problem(field, label + " must be " + max + " characters or fewer"));
    }
    if (!isPlainLine(stripped)) {
      return List.of(new Problem(field, label + " must not contain < or > or control characters"));
    }
    return List.of();
  }

  /** No {@code <}, {@code >} or ASCII control character (line breaks included). */
  public static boolean isPlainLine(String value) {
    return value.chars().noneMatch(c -> c == '<' || c == '>' || c < 0x20 || c == 0x7F);
  }

  /** Whether {@code value} has a control character other than a line break or a tab. */
  public static boolean hasUnshowable(String value) {
    return value
        .chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
  }
}
