package org.traininghub.mail.boundary;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Http;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;

/**
 * What the mail component stores with a message goes out with it: headers, an iCalendar invitation
 * Outlook and Gmail show as one, a PDF; a campaign recipient's message is rendered from the
 * campaign the same way on every attempt; a message to an address that is not one is dead at once.
 * Rows are written as {@link Outbox} and {@link Campaigns} write them, and sent by the real
 * dispatcher.
 */
class MailPartsIT extends BrowserTest {

  private static final String ICS =
      String.join(
          "\r\n",
          "BEGIN:VCALENDAR",
          "VERSION:2.0",
          "PRODID:-//Training Hub//IT//EN",
          "METHOD:REQUEST",
          "BEGIN:VEVENT",
          "UID:parts-it-1@it.traininghub.example",
          "DTSTAMP:20260101T090000Z",
          "DTSTART:20260105T090000Z",
          "DTEND:20260105T100000Z",
          "SUMMARY:Falls and frailty",
          "ORGANIZER:mailto:no-reply@it.traininghub.example",
          "ATTENDEE;RSVP=TRUE:mailto:jo.parts@it.traininghub.example",
          "END:VEVENT",
          "END:VCALENDAR",
          "");

  private static SmtpServer smtp() {
    return PortalStack.get().smtp();
  }

  /** A message as the outbox stores it, not yet due, so its parts can be added first. */
  private static String queue(String key, String recipient, String headers) {
    Sql.update(
        "INSERT INTO mail_outbox (idempotency_key, message_id, recipient, subject, body_text,"
            + " body_html, headers, lane, status, attempts, next_attempt_at, created_at)"
            + " VALUES (?, ?, ?, 'Your place on Falls and frailty', 'See you there.',"
            + " '<p>See you there.</p>', ?, 'TRANSACTIONAL', 'PENDING', 0, NULL,"
            + " UTC_TIMESTAMP(6))",
        key,
        "<" + key.replace(':', '-') + "@it.traininghub.example>",
        recipient,
        headers);
    return Sql.scalar("SELECT id FROM mail_outbox WHERE idempotency_key = ?", key);
  }

  private static void due(String id) {
    Sql.update("UPDATE mail_outbox SET next_attempt_at = UTC_TIMESTAMP(6) WHERE id = ?", id);
  }

  @Test
  void aCalendarInvitationAPdfAndUnsubscribeHeadersArriveAsStored() throws Exception {
    String email = "jo.parts@it.traininghub.example";
    String key = "parts:" + System.nanoTime();
    byte[] pdf = new byte[3000];
    for (int i = 0; i < pdf.length; i++) {
      pdf[i] = (byte) (i * 31);
    }
    System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
    byte[] ics = ICS.getBytes(StandardCharsets.UTF_8);
    // Through Outbox.enqueue(MailRequest) with .header(..) x3, .calendar(ics), .attach(pdf).
    HttpResponse<String> queued =
        Http.postForm(
            "/test-only/mail-probe",
            Map.of(
                "what",
                "invitation",
                "to",
                email,
                "key",
                key,
                "unsubscribe",
                "<https://hub.example/unsubscribe?t=abc>, <mailto:leave@hub.example>",
                "ics",
                ICS,
                "pdf",
                Base64.getEncoder().encodeToString(pdf)));
    assertEquals(200, queued.statusCode(), queued.body());
    String id = Sql.scalar("SELECT id FROM mail_outbox WHERE idempotency_key = ?", key);
    assertEquals(
        "3",
        Sql.scalar("SELECT COUNT(*) FROM mail_attachment WHERE outbox_id = ?", id),
        "the calendar alternative, the .ics and the PDF are stored with the message");

    MimeMessage mail = smtp().awaitMessage(email);
    assertEquals(
        "<https://hub.example/unsubscribe?t=abc>, <mailto:leave@hub.example>",
        MimeUtility.unfold(mail.getHeader("List-Unsubscribe", null)));
    assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
    assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));

    assertTrue(mail.isMimeType("multipart/mixed"), mail.getContentType());
    MimeMultipart mixed = (MimeMultipart) mail.getContent();
    assertEquals(3, mixed.getCount());
    assertTrue(mixed.getBodyPart(0).isMimeType("multipart/alternative"));
    MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
    assertEquals(3, alternative.getCount());
    assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
    assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
    BodyPart invitation = alternative.getBodyPart(2);
    assertTrue(invitation.isMimeType("text/calendar"), invitation.getContentType());
    assertTrue(
        invitation.getContentType().replace(" ", "").toLowerCase().contains("method=request"),
        invitation.getContentType());
    assertTrue(new String(bytes(invitation), StandardCharsets.UTF_8).contains("METHOD:REQUEST"));

    BodyPart icsFile = mixed.getBodyPart(1);
    assertEquals(Part.ATTACHMENT, icsFile.getDisposition());
    assertEquals("invite.ics", icsFile.getFileName());
    assertArrayEquals(ics, bytes(icsFile));
    BodyPart pdfFile = mixed.getBodyPart(2);
    assertEquals("programme.pdf", pdfFile.getFileName());
    assertTrue(pdfFile.isMimeType("application/pdf"));
    assertArrayEquals(pdf, bytes(pdfFile), "the PDF arrives byte for byte");

    browser.signInAsAdmin();
    browser.open("/admin/mail/message.xhtml?id=" + id);
    assertTrue(browser.text(By.id("headers")).contains("List-Unsubscribe-Post: List-Unsubscribe"));
    String parts = browser.text(By.id("parts"));
    assertTrue(parts.contains("invite.ics") && parts.contains("programme.pdf"), parts);
    assertTrue(parts.contains("METHOD:REQUEST"), "the invitation is readable on the page");
    browser.screenshots("admin-outbox-message-with-parts");
    People.signOut(browser);
  }

  @Test
  void aCampaignRecipientsMessageIsRenderedTheSameOnEveryAttempt() throws Exception {
    String run = Long.toString(System.nanoTime(), 36);
    String email = "kit.campaign." + run + "@it.traininghub.example";
    HttpResponse<String> queued =
        Http.postForm(
            "/test-only/mail-probe",
            Map.of(
                "what", "campaign",
                "to", email,
                "subject", "Digest for {{name}} " + run,
                "text", "Dear {{name}},\nsee you soon.",
                "html", "<p>Dear {{name}}</p>",
                "name", "Kit <Campaign>",
                "unsubscribeUrl", "https://hub.example/u?t=" + run));
    assertEquals(200, queued.statusCode(), queued.body());
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND lane = 'BULK'"
                + " AND body_html IS NULL AND campaign_id IS NOT NULL",
            email),
        "the recipient's row holds no body: it is rendered from the campaign when sent");
    MimeMessage first = smtp().awaitMessage(email);
    SmtpServer.assertAutomatic(first);
    assertEquals("Digest for Kit <Campaign> " + run, first.getSubject());
    assertEquals(
        "<https://hub.example/u?t=" + run + ">", first.getHeader("List-Unsubscribe", null));
    assertTrue(SmtpServer.text(first).startsWith("Dear Kit <Campaign>,"));
    assertTrue(SmtpServer.html(first).contains("Dear Kit &lt;Campaign&gt;"));

    String id = Sql.scalar("SELECT id FROM mail_outbox WHERE recipient = ?", email);
    browser.signInAsAdmin();
    browser.open("/admin/mail/message.xhtml?id=" + id);
    assertTrue(browser.text(By.id("text")).contains("Dear Kit <Campaign>,"), "shown rendered");
    assertTrue(
        browser.driver().getTitle().startsWith("Digest for Kit <Campaign> " + run + " – Admin – "),
        "titled with the subject: " + browser.driver().getTitle());
    browser.resize(new Dimension(320, 700));
    assertFalse(
        browser.scrollsSideways(), "the message reflows at 320 px (a long Message-ID wraps)");
    browser.useDesktopWidth();
    browser.screenshots("admin-outbox-campaign-message");
    People.signOut(browser);

    // Sent again, as after a crash between the server's OK and the row's update.
    Sql.update(
        "UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = UTC_TIMESTAMP(6)"
            + " WHERE id = ?",
        id);
    MimeMessage second = smtp().awaitMessage(email, 2, Duration.ofSeconds(30));
    assertEquals(wire(first), wire(second), "a resend is the same message, byte for byte");
  }

  @Test
  void aMessageToAnAddressThatIsNotOneIsDeadAtOnce() {
    String key = "bad-address:" + System.nanoTime();
    String id = queue(key, "nobody at all", null);
    due(id);
    await("the message is dead within 20 s")
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> "DEAD".equals(Sql.scalar("SELECT status FROM mail_outbox WHERE id = ?", id)));
    assertEquals("1", Sql.scalar("SELECT attempts FROM mail_outbox WHERE id = ?", id));
    assertTrue(
        Sql.scalar("SELECT last_error FROM mail_outbox WHERE id = ?", id)
            .startsWith("Bad address"));
    assertEquals(
        null,
        Sql.scalar("SELECT next_attempt_at FROM mail_outbox WHERE id = ?", id),
        "no further attempt is planned");
  }

  private static byte[] bytes(BodyPart part) throws MessagingException, IOException {
    return part.getInputStream().readAllBytes();
  }

  /** The message as sent, without the trace headers the receiving server adds. */
  private static String wire(MimeMessage message) throws MessagingException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out, new String[] {"Received", "Return-Path", "X-Original-To"});
    return out.toString(StandardCharsets.UTF_8);
  }
}
