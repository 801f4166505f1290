package org.traininghub.newsletter.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;

/**
 * The plain-text part made from a campaign's (sanitised) HTML, read by OWASP's HTML parser: a
 * paragraph, heading or quote is a block of text with a blank line after it, a list item a line
 * starting with "- ", a link its text followed by its address in brackets.
 */
public final class HtmlText {

  private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "blockquote", "ul", "ol");

  private HtmlText() {}

  public static String of(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Receiver receiver = new Receiver();
    HtmlSanitizer.sanitize(html, receiver);
    return receiver
        .text
        .toString()
        .replaceAll("[ \\t]+\\n", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }

  private static final class Receiver implements HtmlSanitizer.Policy {
    private final StringBuilder text = new StringBuilder();
    private final Deque<String> links = new ArrayDeque<>();

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String name, List<String> attributes) {
      switch (name) {
        case "li" -> text.append("\n- ");
        case "br" -> text.append('\n');
        case "a" -> links.push(attribute(attributes, "href"));
        default -> {
          if (BLOCKS.contains(name)) {
            text.append("\n\n");
          }
        }
      }
    }

    @Override
    public void closeTag(String name) {
      if (name.equals("a") && !links.isEmpty()) {
        String href = links.pop();
        if (!href.isEmpty()) {
          text.append(" (").append(href).append(')');
        }
      } else if (BLOCKS.contains(name)) {
        text.append("\n\n");
      }
    }

    @Override
    public void text(String chunk) {
      text.append(chunk);
    }

    private static String attribute(List<String> attributes, String name) {
      for (int i = 0; i + 1 < attributes.size(); i += 2) {
        if (attributes.get(i).equals(name)) {
          return attributes.get(i + 1);
        }
      }
      return "";
    }
  }
}
