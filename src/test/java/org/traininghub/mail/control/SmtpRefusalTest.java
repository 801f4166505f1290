package org.traininghub.mail.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
    try (ServerSocket server = new ServerSocket(0)) {
      Thread fake = new Thread(() -> answer(server, reply));
      fake.setDaemon(true);
      fake.start();
      SmtpMailer mailer = new SmtpMailer();
      mailer.host = Optional.of("127.0.0.1");
      mailer.port = server.getLocalPort();
      mailer.user = Optional.empty();
      mailer.password = Optional.empty();
      mailer.tls = "none";
      mailer.from = "hub@hub.example";
      mailer.configure();
      Outgoing outgoing =
          new Outgoing(
              "<refused@hub.example>",
              "gone@hub.example",
              Instant.now(),
              new Mail("Hi", "text", "<p>html</p>"),
              List.of());
      try (SmtpMailer.Connection smtp = mailer.connect()) {
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

  /** One SMTP session that refuses every recipient with {@code reply}. */
  private static void answer(ServerSocket server, String reply) {
    try (Socket client = server.accept();
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
      send(out, "220 fake ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
        switch (command) {
          case "EHLO", "HELO" -> send(out, "250 fake");
          case "RCPT" -> send(out, reply);
          case "QUIT" -> {
            send(out, "221 bye");
            return;
          }
          default -> send(out, "250 OK");
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static void send(Writer out, String line) throws IOException {
    out.write(line + "\r\n");
    out.flush();
  }
}
