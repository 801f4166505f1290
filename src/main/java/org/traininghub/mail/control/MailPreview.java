package org.traininghub.mail.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message as the admins' outbox shows it, with links that can be followed: the plain text split
 * into text and web addresses (the page makes each address a link, escaped like any text), and the
 * HTML told to open its links in a new tab, out of the sandboxed preview frame.
 */
public final class MailPreview {

  /** One piece of the plain text: a web address, or the text between addresses. */
  public record Segment(String text, boolean link) {}

  private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");
  private static final String TRAILING_PUNCTUATION = ".,;:!?)]'";
  private static final String NEW_TAB = "<base target=\"_blank\">";

  private MailPreview() {}

  /** The plain text in order, each web address a segment of its own (trailing punctuation not). */
  public static List<Segment> segments(String text) {
    List<Segment> segments = new ArrayList<>();
    if (text == null) {
      return segments;
    }
    Matcher address = ADDRESS.matcher(text);
    int done = 0;
    while (address.find()) {
      int end = address.end();
      while (end > address.start() && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      if (address.start() > done) {
        segments.add(new Segment(text.substring(done, address.start()), false));
      }
      segments.add(new Segment(text.substring(address.start(), end), true));
      done = end;
    }
    if (done < text.length()) {
      segments.add(new Segment(text.substring(done), false));
    }
    return segments;
  }

  /** The HTML with every link opening in a new tab (a base target in its head). */
  public static String html(String html) {
    if (html == null) {
      return "";
    }
    int head = html.toLowerCase(Locale.ROOT).indexOf("<head>");
    if (head < 0) {
      return NEW_TAB + html;
    }
    int after = head + "<head>".length();
    return html.substring(0, after) + NEW_TAB + html.substring(after);
  }
}
