package org.traininghub.mail.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A deliberately slow SMTP server on loopback: it takes every message, but answers the end of its
 * data only after {@code delay}, as a busy or distant relay does. It keeps the Message-ID of each
 * message taken, so a test counts how often each arrived. One thread per connection (each
 * dispatcher sends over one connection). Public for the launcher's tests, which stop the portal
 * while a message is on the wire.
 */
public final class SlowSmtpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final Duration delay;
  private final List<String> messageIds = new CopyOnWriteArrayList<>();
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final AtomicInteger threads = new AtomicInteger();

  /** The Message-ID of a message whose data has arrived but whose "OK" is still held back. */
  private volatile String held;

  private SlowSmtpServer(ServerSocket socket, Duration delay) {
    this.socket = socket;
    this.delay = delay;
  }

  public static SlowSmtpServer start(Duration delay) {
    try {
      SlowSmtpServer server =
          new SlowSmtpServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), delay);
      Thread accept = new Thread(server::accept, "slow-smtp-accept");
      accept.setDaemon(true);
      accept.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return socket.getLocalPort();
  }

  /** The portal's settings for sending through this server (no TLS, no sign-in). */
  public Map<String, String> portalSettings() {
    return Map.of(
        "HUB_MAIL_SMTP_HOST", "127.0.0.1",
        "HUB_MAIL_SMTP_PORT", Integer.toString(port()),
        "HUB_MAIL_SMTP_TLS", "none",
        "HUB_MAIL_FROM", "Training Hub <no-reply@it.traininghub.example>");
  }

  /**
   * The Message-ID of the message on the wire now (its data taken, the server's answer not yet
   * given), if there is one.
   */
  public Optional<String> onTheWire() {
    return Optional.ofNullable(held);
  }

  /** The Message-ID of every message taken, in the order taken (a repeat appears twice). */
  List<String> messageIds() {
    return List.copyOf(messageIds);
  }

  /** How often each Message-ID arrived. */
  public Map<String, Long> deliveries() {
    return messageIds.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connections.add(connection);
        Thread session =
            new Thread(() -> converse(connection), "slow-smtp-" + threads.incrementAndGet());
        session.setDaemon(true);
        session.start();
      } catch (IOException e) {
        // closed
      }
    }
  }

  private void converse(Socket connection) {
    try (connection;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out =
            new PrintWriter(connection.getOutputStream(), false, StandardCharsets.US_ASCII)) {
      reply(out, "220 slow.test ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.toUpperCase(Locale.ROOT);
        if (command.startsWith("EHLO") || command.startsWith("HELO")) {
          reply(out, "250 slow.test");
        } else if (command.startsWith("DATA")) {
          reply(out, "354 End data with <CR><LF>.<CR><LF>");
          String id = null;
          boolean headers = true;
          while ((line = in.readLine()) != null && !line.equals(".")) {
            if (line.isEmpty()) {
              headers = false;
            } else if (headers && line.toLowerCase(Locale.ROOT).startsWith("message-id:")) {
              id = line.substring("message-id:".length()).strip();
            }
          }
          held = String.valueOf(id);
          Thread.sleep(delay.toMillis());
          messageIds.add(String.valueOf(id));
          held = null;
          reply(out, "250 OK taken");
        } else if (command.startsWith("QUIT")) {
          reply(out, "221 Bye");
          return;
        } else {
          // MAIL, RCPT, RSET, NOOP: all taken
          reply(out, "250 OK");
        }
      }
    } catch (IOException | InterruptedException e) {
      // the client went away, or the server is closing
    }
  }

  private static void reply(PrintWriter out, String line) {
    out.print(line + "\r\n");
    out.flush();
  }

  @Override
  public void close() {
    try {
      socket.close();
      for (Socket connection : connections) {
        connection.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
