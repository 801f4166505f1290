package org.traininghub.platform.export;

/**
 * Text for a cell of a file a spreadsheet opens (CSV): a value a spreadsheet would take for a
 * formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so that
 * opening the file runs nothing (OWASP's advice on CSV injection). Every CSV export uses it.
 */
public final class SpreadsheetText {

  private SpreadsheetText() {}

  /** The value, made inert for a spreadsheet if it would start a formula; "" for null. */
  public static String inert(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
