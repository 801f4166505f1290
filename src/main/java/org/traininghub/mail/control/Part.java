package org.traininghub.mail.control;

import java.util.Objects;
import org.traininghub.mail.entity.PartKind;

/**
 * A part sent with a message besides its text and HTML: another rendering of it (an iCalendar
 * invitation) or an attached file.
 *
 * @param fileName the name the recipient sees; null for an alternative part
 * @param contentType the full type with its parameters, e.g. {@code text/calendar; method=REQUEST;
 *     charset=UTF-8}
 */
public record Part(PartKind kind, String fileName, String contentType, byte[] content) {

  /** The type of an iCalendar invitation that Outlook and Gmail show with Accept and Decline. */
  public static final String CALENDAR_REQUEST = "text/calendar; method=REQUEST; charset=UTF-8";

  /** The type of an iCalendar cancellation ({@code METHOD:CANCEL}) of an invitation sent before. */
  public static final String CALENDAR_CANCEL = "text/calendar; method=CANCEL; charset=UTF-8";

  public Part {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    if (contentType == null || !contentType.matches("[a-zA-Z]+/[a-zA-Z0-9.+-]+(;.*)?")) {
      throw new IllegalArgumentException(
          "A mail part needs a content type like application/pdf, not " + contentType);
    }
    if (kind == PartKind.ATTACHMENT
        && (fileName == null || fileName.isBlank() || fileName.matches(".*[\\r\\n/\\\\].*"))) {
      throw new IllegalArgumentException(
          "An attachment needs a file name without line breaks or slashes, like invite.ics");
    }
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
