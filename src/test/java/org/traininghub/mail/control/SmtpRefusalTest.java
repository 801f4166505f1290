package org.traininghub.mail.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A recipient the SMTP server refuses for good (5xx to {@code RCPT TO}) is a permanent failure, one
 * it refuses for now (4xx) is not, nor is it a bounce: a real SMTP conversation with a server that
 * answers so.
 */
class SmtpRefusalTest {

  @ParameterizedTest
  @CsvSource({"550 5.1.1 No such mailbox, true", "450 4.2.1 Mailbox busy, false"})
  void aRefusedRecipientIsPermanentOnlyForA5xx(String reply, boolean permanent) throws Exception {
    try (FakeSmtp server = new FakeSmtp(reply)) {
      Outgoing outgoing =
          new Outgoing(
              "<refused@hub.example>",
              "gone@hub.example",
              Instant.now(),
              new Mail("Hi", "text", "<p>html</p>"),
              List.of());
      try (SmtpMailer.Connection smtp = server.mailer().connect()) {
        MessagingException e = assertThrows(MessagingException.class, () -> smtp.send(outgoing));
        if (permanent) {
          assertTrue(Failures.permanent(e), e.toString());
          assertTrue(Failures.refused(e), "a 5xx is a bounce at send time: " + e);
        } else {
          assertFalse(Failures.permanent(e), e.toString());
          assertFalse(Failures.refused(e), "a 4xx is no bounce: " + e);
        }
      }
    }
  }
}
