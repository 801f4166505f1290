package org.traininghub.newsletter.control;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.traininghub.newsletter.entity.BounceKind;
import org.traininghub.newsletter.entity.BounceSource;

/**
 * Reads what a message in the bounce mailbox reports: a delivery status notification (RFC 3464,
 * {@code multipart/report; report-type=delivery-status}, parsed with Angus Mail's {@link
 * DeliveryStatus}) or a complaint (RFC 5965 ARF, {@code message/feedback-report} with {@code
 * Feedback-Type: abuse}). Pure: a message in, the bounces it reports out.
 *
 * <p>A recipient whose {@code Action} is {@code failed} with a {@code 5.x.x} status is a hard
 * bounce; {@code failed} with {@code 4.x.x}, or {@code delayed}, a soft one; {@code delivered},
 * {@code relayed} and {@code expanded} are no bounce. The address is the {@code Original-Recipient}
 * (what the hub sent to) when the report gives it, else the {@code Final-Recipient}.
 *
 * <p>Each bounce also carries the Message-ID of the message that bounced, when the report tells it:
 * an {@code Original-Message-ID} among the DSN's per-message fields, else the {@code Message-ID} of
 * the returned headers ({@code text/rfc822-headers}) or message ({@code message/rfc822}). The hub
 * finds its own message by it ({@link Bounces}), so a report whose recipient is an address the mail
 * was forwarded to still reaches the subscriber it was sent to.
 */
public final class DeliveryReports {

  /** One bounce a report tells of. */
  public record Reported(
      String email, BounceKind kind, BounceSource source, String detail, String messageId) {

    Reported(String email, BounceKind kind, BounceSource source, String detail) {
      this(email, kind, source, detail, null);
    }

    Reported withMessageId(String id) {
      return new Reported(email, kind, source, detail, id);
    }
  }

  private DeliveryReports() {}

  /** The bounces {@code message} reports; none for a message that is no report. */
  public static List<Reported> read(Part message) throws MessagingException, IOException {
    List<Reported> found = new ArrayList<>();
    String[] messageId = {null, null};
    walk(message, found, 0, messageId);
    String id = messageId[0] != null ? messageId[0] : messageId[1];
    return id == null ? found : found.stream().map(r -> r.withMessageId(id)).toList();
  }

  /**
   * Walks the report's parts; {@code messageId[0]} gets the DSN's {@code Original-Message-ID},
   * {@code messageId[1]} the returned headers' {@code Message-ID}.
   */
  private static void walk(Part part, List<Reported> found, int depth, String[] messageId)
      throws MessagingException, IOException {
    if (depth > 3) {
      return;
    }
    if (part.isMimeType("message/delivery-status")) {
      try (InputStream in = part.getInputStream()) {
        DeliveryStatus status = new DeliveryStatus(in);
        messageId[0] = messageId(status.getMessageDSN().getHeader("Original-Message-ID", null));
        delivery(status, found);
      }
    } else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/rfc822")) {
      try (InputStream in = part.getInputStream()) {
        messageId[1] = messageId(new InternetHeaders(in).getHeader("Message-ID", null));
      }
    } else if (part.isMimeType("message/feedback-report")) {
      try (InputStream in = part.getInputStream()) {
        complaint(new InternetHeaders(in), found);
      }
    } else if (part instanceof MimePart mime && part.isMimeType("multipart/*")) {
      // Parsed from the part's own bytes: no content handler (mailcap) is needed, which an
      // application server may not offer to the application for multipart/report.
      Multipart multipart = new MimeMultipart(new MimePartDataSource(mime));
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        walk(child, found, depth + 1, messageId);
      }
    }
  }

  private static void delivery(DeliveryStatus status, List<Reported> found) {
    for (int i = 0; i < status.getRecipientDSNCount(); i++) {
      InternetHeaders recipient = status.getRecipientDSN(i);
      String action = lower(recipient.getHeader("Action", null));
      String code = lower(recipient.getHeader("Status", null)).strip();
      BounceKind kind;
      if (action.startsWith("failed") && code.startsWith("5")) {
        kind = BounceKind.HARD;
      } else if (action.startsWith("failed") || action.startsWith("delayed")) {
        kind = BounceKind.SOFT;
      } else {
        continue;
      }
      String email = address(recipient.getHeader("Original-Recipient", null));
      if (email == null) {
        email = address(recipient.getHeader("Final-Recipient", null));
      }
      if (email != null) {
        String diagnostic = recipient.getHeader("Diagnostic-Code", null);
        found.add(
            new Reported(
                email,
                kind,
                BounceSource.DSN,
                action + " " + code + (diagnostic == null ? "" : ": " + diagnostic.strip())));
      }
    }
  }

  private static void complaint(InternetHeaders report, List<Reported> found) {
    if (!"abuse".equals(lower(report.getHeader("Feedback-Type", null)).strip())) {
      return;
    }
    String[] recipients = report.getHeader("Original-Rcpt-To");
    if (recipients == null) {
      return;
    }
    for (String recipient : recipients) {
      String email = address(recipient);
      if (email != null) {
        found.add(
            new Reported(
                email, BounceKind.COMPLAINT, BounceSource.ARF, "Complaint (feedback-type abuse)"));
      }
    }
  }

  /** {@code rfc822; someone@example.org} or {@code someone@example.org} → the address. */
  static String address(String field) {
    if (field == null) {
      return null;
    }
    String value = field.strip();
    int semicolon = value.indexOf(';');
    if (semicolon >= 0) {
      if (!value.substring(0, semicolon).strip().equalsIgnoreCase("rfc822")) {
        return null;
      }
      value = value.substring(semicolon + 1).strip();
    }
    if (value.startsWith("<") && value.endsWith(">")) {
      value = value.substring(1, value.length() - 1);
    }
    return value.contains("@") ? value : null;
  }

  /** {@code <id@host>} as it was sent, or null when the field is missing or no Message-ID. */
  static String messageId(String field) {
    if (field == null) {
      return null;
    }
    String value = field.strip();
    return value.startsWith("<")
            && value.endsWith(">")
            && value.contains("@")
            && value.length() <= 200
        ? value
        : null;
  }

  private static String lower(String value) {
    return value == null ? "" : value.toLowerCase(Locale.ROOT);
  }
}
