package org.traininghub.platform.mail;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One email's wording, kept apart from code in {@code mail/NAME.txt} (a {@code Subject:} line, a
 * blank line, then the plain text) and {@code mail/NAME.html} (the HTML body, set inside {@code
 * mail/layout.html}). Values fill {@code {{name}}} placeholders; in the HTML they are escaped, so a
 * name with markup in it is shown, never run. A placeholder without a value is an error, not a
 * blank in someone's inbox.
 */
public final class MailTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9]*)\\}\\}");
  private static final String SUBJECT_PREFIX = "Subject:";

  private final String name;
  private final String subject;
  private final String text;
  private final String html;

  private MailTemplate(String name, String subject, String text, String html) {
    this.name = name;
    this.subject = subject;
    this.text = text;
    this.html = html;
  }

  /**
   * @param textSource the {@code .txt} file: {@code Subject: ...}, a blank line, the body
   * @param htmlSource the {@code .html} body
   * @param layout the HTML page the body goes into at {@code {{body}}}
   */
  public static MailTemplate parse(
      String name, String textSource, String htmlSource, String layout) {
    String normalised = textSource.replace("\r\n", "\n");
    int end = normalised.indexOf("\n\n");
    if (!normalised.startsWith(SUBJECT_PREFIX) || end < 0) {
      throw new IllegalArgumentException(
          "Mail template " + name + ".txt must start with a Subject: line and a blank line");
    }
    String subject = normalised.substring(SUBJECT_PREFIX.length(), end).strip();
    String text = normalised.substring(end + 2);
    if (!layout.contains("{{body}}")) {
      throw new IllegalArgumentException("The mail layout has no {{body}} placeholder");
    }
    String html = layout.replace("{{body}}", htmlSource.strip());
    return new MailTemplate(name, subject, text, html);
  }

  /** The mail with every placeholder filled from {@code values}. */
  public Mail render(Map<String, String> values) {
    return new Mail(
        fill(subject, values, false).replaceAll("[\\r\\n]+", " "),
        fill(text, values, false),
        fill(html, values, true));
  }

  /** The placeholders this template uses, for checks. */
  public Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    for (String part : new String[] {subject, text, html}) {
      Matcher m = PLACEHOLDER.matcher(part);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private String fill(String source, Map<String, String> values, boolean escape) {
    Matcher m = PLACEHOLDER.matcher(source);
    StringBuilder out = new StringBuilder(source.length() + 256);
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException(
            "Mail template " + name + " needs a value for {{" + m.group(1) + "}}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(escape ? escapeHtml(value) : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String escapeHtml(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (char c : value.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
