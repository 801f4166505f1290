package org.traininghub.events.boundary;

import biweekly.Biweekly;
import biweekly.ICalendar;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.traininghub.it.PortalStack;

/** Booking mail as it arrives: its text, and its iCalendar read by biweekly (not ical4j). */
final class BookingMails {

  private BookingMails() {}

  static MimeMessage await(String address, int count) {
    return PortalStack.get().smtp().awaitMessage(address, count, Duration.ofSeconds(60));
  }

  /** The plain text, wherever it sits (alone, or inside multipart/mixed). */
  static String text(MimeMessage message) {
    try {
      return find(message.getContent(), "text/plain");
    } catch (MessagingException | IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The attached .ics file's text, or null when the mail has none. */
  static String ics(MimeMessage message) {
    try {
      if (!(message.getContent() instanceof MimeMultipart mixed)
          || !message.isMimeType("multipart/mixed")) {
        return null;
      }
      for (int i = 0; i < mixed.getCount(); i++) {
        BodyPart part = mixed.getBodyPart(i);
        if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
          try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
        }
      }
      return null;
    } catch (MessagingException | IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The attached invitation, parsed by biweekly; fails when there is none or it does not parse. */
  static ICalendar calendar(MimeMessage message) {
    String ics = ics(message);
    if (ics == null) {
      throw new AssertionError("no .ics attached to " + subject(message));
    }
    return parse(ics);
  }

  static ICalendar parse(String ics) {
    ICalendar calendar = Biweekly.parse(ics).first();
    if (calendar == null) {
      throw new AssertionError("biweekly could not read:\n" + ics);
    }
    return calendar;
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new AssertionError(e);
    }
  }

  private static String find(Object content, String type) throws MessagingException, IOException {
    if (content instanceof String s) {
      return s;
    }
    MimeMultipart multipart = (MimeMultipart) content;
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
      if (part.isMimeType("multipart/*")) {
        return find(part.getContent(), type);
      }
    }
    throw new AssertionError("no " + type + " part");
  }
}
