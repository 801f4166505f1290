package org.traininghub.mail.control;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One email's wording as compiled Mustache templates: the subject, the plain text, the HTML (values
 * HTML-escaped) and any header values. Compiled once, rendered by many threads. A value the
 * template names but is not given is an error, not a blank in someone's inbox.
 */
public final class MailTemplate {

  /** A header whose value is a template. */
  record HeaderTemplate(String name, Mustache value) {}

  private final String name;
  private final Mustache subject;
  private final Mustache text;
  private final Mustache html;
  private final List<HeaderTemplate> headers;

  MailTemplate(
      String name, Mustache subject, Mustache text, Mustache html, List<HeaderTemplate> headers) {
    this.name = name;
    this.subject = subject;
    this.text = text;
    this.html = html;
    this.headers = List.copyOf(headers);
  }

  /** The mail with every value filled from {@code values} (strings, lists of maps, booleans). */
  public Mail render(Map<String, ?> values) {
    List<Header> rendered = new ArrayList<>();
    for (HeaderTemplate header : headers) {
      rendered.add(new Header(header.name(), oneLine(run(header.value(), values))));
    }
    return new Mail(oneLine(run(subject, values)), run(text, values), run(html, values), rendered);
  }

  private static String oneLine(String value) {
    return value.replaceAll("[\\r\\n]+", " ").strip();
  }

  private String run(Mustache template, Map<String, ?> values) {
    StringWriter out = new StringWriter();
    try {
      template.execute(out, values);
    } catch (MustacheException e) {
      throw new IllegalArgumentException("Mail template " + name + ": " + reason(e), e);
    }
    return out.toString();
  }

  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
