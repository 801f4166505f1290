package org.traininghub.mail.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server on loopback for one session: answers {@code RCPT TO} with a given reply, takes any
 * message, and notes each command's verb; for the tests of what the portal says to a server.
 */
final class FakeSmtp implements AutoCloseable {

  private final ServerSocket server;
  private final String rcptReply;
  private final Thread session;
  private final List<String> commands = new CopyOnWriteArrayList<>();

  FakeSmtp(String rcptReply) throws IOException {
    this.server = new ServerSocket(0);
    this.rcptReply = rcptReply;
    this.session = new Thread(this::answer);
    session.setDaemon(true);
    session.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** A mailer that sends here without TLS. */
  SmtpMailer mailer() {
    return loopbackMailer(port(), "hub@hub.example");
  }

  /** A mailer that sends to an SMTP server on loopback at {@code port}, without TLS. */
  static SmtpMailer loopbackMailer(int port, String from) {
    SmtpMailer mailer = new SmtpMailer();
    mailer.host = Optional.of("127.0.0.1");
    mailer.port = port;
    mailer.user = Optional.empty();
    mailer.password = Optional.empty();
    mailer.tls = "none";
    mailer.from = from;
    mailer.configure();
    return mailer;
  }

  /** The verbs of the commands received so far (EHLO, MAIL, RCPT, DATA, NOOP, QUIT ...). */
  List<String> commands() {
    return List.copyOf(commands);
  }

  /** Waits for the client to end its session (at most ten seconds). */
  void awaitQuit() throws InterruptedException {
    session.join(10_000);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private void answer() {
    try (Socket client = server.accept();
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
      send(out, "220 fake ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
        commands.add(command);
        switch (command) {
          case "EHLO", "HELO" -> send(out, "250 fake");
          case "RCPT" -> send(out, rcptReply);
          case "DATA" -> {
            send(out, "354 go ahead");
            while ((line = in.readLine()) != null && !line.equals(".")) {
              // the message
            }
            send(out, "250 2.0.0 queued");
          }
          case "QUIT" -> {
            send(out, "221 bye");
            return;
          }
          default -> send(out, "250 OK");
        }
      }
    } catch (IOException e) {
      // the client went away, or the test closed the server
    }
  }

  private static void send(Writer out, String line) throws IOException {
    out.write(line + "\r\n");
    out.flush();
  }
}
