package org.traininghub.platform.mail;

import java.util.Objects;

/** A rendered email: its subject and the same content as plain text and as HTML. */
public record Mail(String subject, String text, String html) {

  public Mail {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
  }
}
