package org.traininghub.mail.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything that goes into one message on the wire; the same input gives the same bytes.
 *
 * @param date when the message was queued: its {@code Date} header on every attempt
 */
public record Outgoing(
    String messageId, String recipient, Instant date, Mail mail, List<Part> parts) {

  public Outgoing {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(mail, "mail");
    parts = List.copyOf(parts);
  }
}
