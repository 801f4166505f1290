package org.traininghub.mail.control;

import java.util.List;
import java.util.Objects;

/**
 * A rendered email: its subject, the same content as plain text and as HTML, and any extra headers.
 */
public record Mail(String subject, String text, String html, List<Header> headers) {

  public Mail {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
    headers = List.copyOf(headers);
  }

  public Mail(String subject, String text, String html) {
    this(subject, text, html, List.of());
  }
}
