package org.traininghub.mail.control;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.traininghub.mail.entity.PartKind;
import org.traininghub.platform.security.Digests;

/**
 * Builds the MIME message: the plain text, the HTML and any alternative part (an iCalendar
 * invitation) in {@code multipart/alternative}, wrapped with attached files in {@code
 * multipart/mixed} when there are any. Boundaries come from the Message-ID and the date from the
 * queue time, so composing the same message again gives the same bytes. Every message says it is
 * automatic ({@link #AUTOMATIC}), so out-of-office and other automatic replies are not sent back to
 * the hub's address.
 */
public final class MimeComposer {

  private static final String UTF8 = StandardCharsets.UTF_8.name();

  static {
    StreamProviders.nameTheProvider();
  }

  /**
   * The headers every message carries unless it gives its own value: {@code Auto-Submitted} (RFC
   * 3834: no automatic reply to it) and {@code X-Auto-Response-Suppress} (Microsoft Exchange,
   * NHSmail's server: no out-of-office or other auto-reply).
   */
  public static final List<Header> AUTOMATIC =
      List.of(
          new Header("Auto-Submitted", "auto-generated"),
          new Header("X-Auto-Response-Suppress", "OOF, AutoReply"));

  private MimeComposer() {}

  public static MimeMessage compose(Session session, InternetAddress from, Outgoing outgoing)
      throws MessagingException {
    String messageId = outgoing.messageId();
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(from);
    message.setRecipient(
        MimeMessage.RecipientType.TO, new InternetAddress(outgoing.recipient(), true));
    Mail mail = outgoing.mail();
    message.setSubject(mail.subject(), UTF8);
    message.setSentDate(Date.from(outgoing.date()));
    for (Header header : mail.headers()) {
      message.addHeader(header.name(), encode(header));
    }
    for (Header header : AUTOMATIC) {
      if (message.getHeader(header.name()) == null) {
        message.setHeader(header.name(), header.value());
      }
    }
    String seed = Digests.sha256Hex(messageId).substring(0, 24);
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), UTF8, "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), UTF8, "html");
    MimeMultipart alternative = new Multipart("alternative", "=_alt_" + seed, text, html);
    List<Part> parts = outgoing.parts();
    for (Part part : parts) {
      if (part.kind() == PartKind.ALTERNATIVE) {
        alternative.addBodyPart(bodyPart(part));
      }
    }
    if (parts.stream().noneMatch(p -> p.kind() == PartKind.ATTACHMENT)) {
      message.setContent(alternative);
    } else {
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternative);
      MimeMultipart mixed = new Multipart("mixed", "=_mix_" + seed, body);
      for (Part part : parts) {
        if (part.kind() == PartKind.ATTACHMENT) {
          mixed.addBodyPart(bodyPart(part));
        }
      }
      message.setContent(mixed);
    }
    message.saveChanges();
    return message;
  }

  private static MimeBodyPart bodyPart(Part part) throws MessagingException {
    MimeBodyPart body = new MimeBodyPart();
    body.setDataHandler(
        new DataHandler(new ByteArrayDataSource(part.content(), part.contentType())));
    body.setHeader("Content-Type", part.contentType());
    if (part.kind() == PartKind.ATTACHMENT) {
      body.setDisposition(MimeBodyPart.ATTACHMENT);
      body.setFileName(part.fileName());
    }
    return body;
  }

  private static String encode(Header header) throws MessagingException {
    try {
      return MimeUtility.fold(
          header.name().length() + 2, MimeUtility.encodeText(header.value(), UTF8, null));
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("UTF-8 is always there", e);
    }
  }

  /** A multipart with a given boundary instead of a random one. */
  private static final class Multipart extends MimeMultipart {
    Multipart(String subtype, String boundary, MimeBodyPart... parts) throws MessagingException {
      super(subtype);
      ContentType type = new ContentType("multipart", subtype, null);
      type.setParameter("boundary", boundary);
      contentType = type.toString();
      for (MimeBodyPart part : parts) {
        addBodyPart(part);
      }
    }
  }
}
