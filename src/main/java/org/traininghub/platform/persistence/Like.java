package org.traininghub.platform.persistence;

/**
 * A search word as a LIKE pattern that matches it anywhere, with {@code %}, {@code _} and the
 * escape character itself taken literally. Use with {@link #ESCAPE_CLAUSE} after each LIKE.
 */
public final class Like {

  public static final char ESCAPE = '!';
  public static final String ESCAPE_CLAUSE = " ESCAPE '!'";

  private Like() {}

  /** {@code %word%}, escaped. */
  public static String containing(String word) {
    return "%" + escape(word) + "%";
  }

  public static String escape(String term) {
    StringBuilder escaped = new StringBuilder(term.length());
    for (char c : term.toCharArray()) {
      if (c == ESCAPE || c == '%' || c == '_') {
        escaped.append(ESCAPE);
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
