package org.traininghub.mail.entity;

/** How a stored part travels with its message. */
public enum PartKind {
  /**
   * Another rendering of the message, next to the text and the HTML in {@code
   * multipart/alternative} (an iCalendar invitation that mail programs show as one).
   */
  ALTERNATIVE,
  /** A file attached to the message ({@code multipart/mixed}). */
  ATTACHMENT
}
