package org.traininghub.mail.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.traininghub.mail.entity.PartKind;

class MimeComposerTest {

  private static final Session SESSION = Session.getInstance(new Properties());
  private static final byte[] ICS =
      "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

  private static Outgoing outgoing(List<Part> parts) {
    return new Outgoing(
        "<abc@hub.example>",
        "ann@hub.example",
        Instant.parse("2026-05-01T09:00:00Z"),
        new Mail(
            "Your place",
            "See you there.",
            "<p>See you there.</p>",
            List.of(new Header("List-Unsubscribe", "<https://hub.example/u?t=1>"))),
        parts);
  }

  private static byte[] wire(Outgoing outgoing) throws Exception {
    MimeMessage message =
        MimeComposer.compose(SESSION, new InternetAddress("hub@hub.example"), outgoing);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }

  @Test
  void composingTheSameMessageAgainGivesTheSameBytes() throws Exception {
    Outgoing invitation =
        outgoing(
            List.of(
                new Part(PartKind.ALTERNATIVE, null, Part.CALENDAR_REQUEST, ICS),
                new Part(PartKind.ATTACHMENT, "a.pdf", "application/pdf", new byte[] {1, 2, 3})));
    assertArrayEquals(wire(invitation), wire(invitation));
  }

  @Test
  void withoutAttachmentsItIsMultipartAlternativeAsBefore() throws Exception {
    MimeMessage message =
        MimeComposer.compose(SESSION, new InternetAddress("hub@hub.example"), outgoing(List.of()));
    assertTrue(message.isMimeType("multipart/alternative"));
    assertEquals("<abc@hub.example>", message.getMessageID());
    assertEquals("<https://hub.example/u?t=1>", message.getHeader("List-Unsubscribe", null));
  }

  @Test
  void everyMessageSaysItIsAutomaticSoNoAutoReplyComesBack() throws Exception {
    MimeMessage message =
        MimeComposer.compose(SESSION, new InternetAddress("hub@hub.example"), outgoing(List.of()));
    assertArrayEquals(new String[] {"auto-generated"}, message.getHeader("Auto-Submitted"));
    assertArrayEquals(
        new String[] {"OOF, AutoReply"}, message.getHeader("X-Auto-Response-Suppress"));
  }

  @Test
  void aMessageThatGivesAutoSubmittedItselfHasItOnce() throws Exception {
    Outgoing given =
        new Outgoing(
            "<abc@hub.example>",
            "ann@hub.example",
            Instant.parse("2026-05-01T09:00:00Z"),
            new Mail(
                "Your place",
                "See you there.",
                "<p>See you there.</p>",
                List.of(new Header("Auto-Submitted", "auto-replied"))),
            List.of());
    MimeMessage message =
        MimeComposer.compose(SESSION, new InternetAddress("hub@hub.example"), given);
    assertArrayEquals(new String[] {"auto-replied"}, message.getHeader("Auto-Submitted"));
  }

  @Test
  void theInvitationIsAnAlternativeAndTheFilesAreAttached() throws Exception {
    MimeMessage message =
        MimeComposer.compose(
            SESSION,
            new InternetAddress("hub@hub.example"),
            outgoing(
                List.of(
                    new Part(PartKind.ALTERNATIVE, null, Part.CALENDAR_REQUEST, ICS),
                    new Part(PartKind.ATTACHMENT, "invite.ics", Part.CALENDAR_REQUEST, ICS))));
    MimeMultipart mixed = (MimeMultipart) message.getContent();
    MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
    assertTrue(alternative.getBodyPart(2).isMimeType("text/calendar"));
    assertTrue(alternative.getBodyPart(2).getContentType().contains("method=REQUEST"));
    assertEquals("invite.ics", mixed.getBodyPart(1).getFileName());
  }

  @Test
  void headersTheMailerSetsOrThatBreakLinesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Header("Bcc", "x@hub.example"));
    assertThrows(IllegalArgumentException.class, () -> new Header("X-A", "a\r\nBcc: x@y"));
    assertThrows(IllegalArgumentException.class, () -> new Header("X A", "a"));
    assertEquals(
        List.of(new Header("Auto-Submitted", "auto-generated")),
        Header.parse(Header.lines(List.of(new Header("Auto-Submitted", "auto-generated")))));
  }

  @Test
  void anAddressThatIsNotOneOrThatTheServerRefusedForGoodIsPermanent() throws Exception {
    assertTrue(Failures.permanent(new AddressException("Missing final '@domain'")));
    Address[] refused = {new InternetAddress("gone@hub.example")};
    assertTrue(
        Failures.permanent(new SendFailedException("550 no such user", null, null, null, refused)));
    assertFalse(
        Failures.permanent(new SendFailedException("452 mailbox full", null, null, refused, null)),
        "a 4xx leaves the address valid but unsent: worth another attempt");
    assertFalse(Failures.permanent(new MessagingException("Connection refused")));
  }
}
