package org.traininghub.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One SMTP connection carries a sender's messages one after another with nothing but the messages
 * on it: no {@code NOOP} round trip before each to ask whether the server is still there (Jakarta
 * Mail's {@code isConnected} sends one), as long as the connection has not sat idle. A real SMTP
 * conversation with a server that writes down every command.
 */
class SmtpConnectionTest {

  @Test
  void messagesFollowEachOtherOnOneConnectionWithoutANoopBetweenThem() throws Exception {
    List<String> commands;
    try (FakeSmtp server = new FakeSmtp("250 OK")) {
      try (SmtpMailer.Connection smtp = server.mailer().connect()) {
        for (int i = 1; i <= 3; i++) {
          smtp.send(
              new Outgoing(
                  "<m" + i + "@hub.example>",
                  "coach" + i + "@hub.example",
                  Instant.now(),
                  new Mail("Hi", "text", "<p>html</p>"),
                  List.of()));
        }
      }
      server.awaitQuit();
      commands = server.commands();
    }
    assertEquals(1, count(commands, "EHLO"), commands.toString());
    assertEquals(3, count(commands, "DATA"), commands.toString());
    assertEquals(0, count(commands, "NOOP") + count(commands, "RSET"), commands.toString());
  }

  private static long count(List<String> commands, String command) {
    return commands.stream().filter(c -> c.equals(command)).count();
  }
}
