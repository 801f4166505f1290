package org.traininghub.mail.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One extra header of a message ({@code List-Unsubscribe}, {@code Auto-Submitted}, ...). The
 * headers the mailer sets itself cannot be given, and no value can start another header.
 */
public record Header(String name, String value) {

  private static final Set<String> RESERVED =
      Set.of(
          "from",
          "sender",
          "to",
          "cc",
          "bcc",
          "subject",
          "date",
          "message-id",
          "mime-version",
          "content-type",
          "content-transfer-encoding");

  public Header {
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9-]{0,75}")) {
      throw new IllegalArgumentException(
          "A mail header name is letters, digits and hyphens (like List-Unsubscribe), not " + name);
    }
    if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "The mailer sets the " + name + " header itself; give the value to the outbox instead");
    }
    if (value == null || value.isBlank() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(
          "The " + name + " header needs a value on one line, without line breaks");
    }
  }

  /** The headers as stored: one {@code Name: value} a line; null for none. */
  public static String lines(List<Header> headers) {
    if (headers.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    headers.forEach(h -> out.append(h.name()).append(": ").append(h.value()).append('\n'));
    return out.toString();
  }

  /** The headers stored as {@link #lines}. */
  public static List<Header> parse(String lines) {
    List<Header> headers = new ArrayList<>();
    if (lines == null) {
      return headers;
    }
    for (String line : lines.split("\n")) {
      if (!line.isBlank()) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new IllegalArgumentException(
              "A stored mail header line must be 'Name: value', not " + line);
        }
        headers.add(
            new Header(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
      }
    }
    return headers;
  }
}
