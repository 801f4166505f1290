package org.traininghub.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.traininghub.newsletter.entity.BounceKind;
import org.traininghub.newsletter.entity.BounceSource;

/** What a report in the bounce mailbox tells: which address, hard or soft, or a complaint. */
public class DeliveryReportsTest {

  /** A delivery status notification (RFC 3464) as Postfix sends one, for {@code recipient}. */
  public static String dsn(String recipient, String action, String status) {
    return dsn(recipient, action, status, "<42@hub.example>");
  }

  /** The same, returning the headers of the message {@code messageId}. */
  public static String dsn(String recipient, String action, String status, String messageId) {
    return String.join(
        "\r\n",
        "From: MAILER-DAEMON@mx.example.org",
        "To: bounces@hub.example",
        "Subject: Undelivered Mail Returned to Sender",
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"",
        "",
        "--b1",
        "Content-Type: text/plain",
        "",
        "I'm sorry to have to inform you that your message could not be delivered.",
        "--b1",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.example.org",
        "Arrival-Date: Wed, 2 Dec 2026 07:00:00 +0000",
        "",
        "Final-Recipient: rfc822; " + recipient,
        "Original-Recipient: rfc822;" + recipient,
        "Action: " + action,
        "Status: " + status,
        "Diagnostic-Code: smtp; 550 5.1.1 <" + recipient + ">: Recipient address rejected",
        "",
        "--b1",
        "Content-Type: text/rfc822-headers",
        "",
        "Message-ID: " + messageId,
        "To: " + recipient,
        "",
        "--b1--",
        "");
  }

  /** A complaint (RFC 5965) as a mailbox provider's feedback loop sends one. */
  public static String complaint(String recipient) {
    return String.join(
        "\r\n",
        "From: fbl@isp.example.org",
        "To: bounces@hub.example",
        "Subject: Abuse report",
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=feedback-report; boundary=\"b2\"",
        "",
        "--b2",
        "Content-Type: text/plain",
        "",
        "This is an email abuse report.",
        "--b2",
        "Content-Type: message/feedback-report",
        "",
        "Feedback-Type: abuse",
        "User-Agent: FBL/1.0",
        "Version: 1",
        "Original-Rcpt-To: " + recipient,
        "",
        "--b2",
        "Content-Type: text/rfc822-headers",
        "",
        "To: " + recipient,
        "",
        "--b2--",
        "");
  }

  public static MimeMessage message(String text) throws Exception {
    return new MimeMessage(
        Session.getInstance(new Properties()),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void aFailed5xxIsAHardBounceOfTheOriginalRecipient() throws Exception {
    List<DeliveryReports.Reported> found =
        DeliveryReports.read(message(dsn("gone@example.org", "failed", "5.1.1")));
    assertEquals(1, found.size());
    assertEquals("gone@example.org", found.get(0).email());
    assertEquals(BounceKind.HARD, found.get(0).kind());
    assertEquals(BounceSource.DSN, found.get(0).source());
    assertTrue(found.get(0).detail().contains("5.1.1"), found.get(0).detail());
  }

  @Test
  void theMessageThatBouncedIsKnownByTheReturnedHeadersOrTheOriginalMessageId() throws Exception {
    assertEquals(
        "<abc@hub.example>",
        DeliveryReports.read(
                message(dsn("gone@example.org", "failed", "5.1.1", "<abc@hub.example>")))
            .get(0)
            .messageId());
    String withField =
        dsn("gone@example.org", "failed", "5.1.1", "<returned@hub.example>")
            .replace(
                "Reporting-MTA: dns; mx.example.org",
                "Reporting-MTA: dns; mx.example.org\r\nOriginal-Message-ID: <field@hub.example>");
    assertEquals(
        "<field@hub.example>",
        DeliveryReports.read(message(withField)).get(0).messageId(),
        "the DSN's own field first");
    assertNull(
        DeliveryReports.read(message(dsn("gone@example.org", "failed", "5.1.1", "not an id")))
            .get(0)
            .messageId());
    assertNull(
        DeliveryReports.read(message(complaint("angry@example.org"))).get(0).messageId(),
        "a complaint whose headers have none");
  }

  @Test
  void aFailed4xxOrADelayIsSoft() throws Exception {
    assertEquals(
        BounceKind.SOFT,
        DeliveryReports.read(message(dsn("full@example.org", "failed", "4.2.2"))).get(0).kind());
    assertEquals(
        BounceKind.SOFT,
        DeliveryReports.read(message(dsn("slow@example.org", "delayed", "4.4.7"))).get(0).kind());
  }

  @Test
  void aDeliveredRecipientIsNoBounce() throws Exception {
    assertEquals(
        List.of(), DeliveryReports.read(message(dsn("fine@example.org", "delivered", "2.0.0"))));
  }

  @Test
  void anAbuseReportIsAComplaint() throws Exception {
    List<DeliveryReports.Reported> found =
        DeliveryReports.read(message(complaint("angry@example.org")));
    assertEquals(1, found.size());
    assertEquals("angry@example.org", found.get(0).email());
    assertEquals(BounceKind.COMPLAINT, found.get(0).kind());
  }

  @Test
  void aMessageThatIsNoReportTellsNothing() throws Exception {
    assertEquals(
        List.of(),
        DeliveryReports.read(
            message(
                "From: a@example.org\r\nSubject: Hello\r\n\r\nOut of office until Monday.\r\n")));
  }

  @Test
  void anAddressTypeOtherThanRfc822IsNotAnAddress() {
    assertEquals("a@example.org", DeliveryReports.address("rfc822; <a@example.org>"));
    assertNull(DeliveryReports.address("x400; a@example.org"));
  }
}
