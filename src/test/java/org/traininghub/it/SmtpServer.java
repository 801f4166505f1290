package org.traininghub.it;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.traininghub.launch.EmbeddedPortal;

/**
 * A real SMTP server (GreenMail) on a free local port, which the test portal sends to. It can be
 * stopped and started again on the same port, as an outage would.
 */
public final class SmtpServer {

  private final int port;
  private GreenMail greenMail;

  private SmtpServer(int port) {
    this.port = port;
  }

  public static SmtpServer start() {
    SmtpServer server = new SmtpServer(EmbeddedPortal.freePort());
    server.up();
    return server;
  }

  /** The settings that point the portal at this server. */
  public Map<String, String> portalSettings() {
    return Map.of(
        "HUB_MAIL_SMTP_HOST", "127.0.0.1",
        "HUB_MAIL_SMTP_PORT", Integer.toString(port),
        "HUB_MAIL_SMTP_TLS", "none",
        "HUB_MAIL_FROM", "Training Hub <no-reply@it.traininghub.example>");
  }

  /** Starts (again) on the same port; messages received before an outage are gone. */
  public synchronized void up() {
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  /** Stops listening, as an SMTP server that is down. */
  public synchronized void down() {
    greenMail.stop();
  }

  public void stop() {
    down();
  }

  /** Every message received so far. */
  public synchronized List<MimeMessage> all() {
    return List.of(greenMail.getReceivedMessages());
  }

  /** Every message received so far for {@code address}. */
  public synchronized List<MimeMessage> messagesTo(String address) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
  }

  /** Waits for the {@code count}th message to {@code address} and returns it. */
  public MimeMessage awaitMessage(String address, int count, Duration timeout) {
    return await("message " + count + " to " + address)
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> messagesTo(address), messages -> messages.size() >= count)
        .get(count - 1);
  }

  public MimeMessage awaitMessage(String address) {
    return awaitMessage(address, 1, Duration.ofSeconds(30));
  }

  /** The plain-text part of a multipart/alternative message. */
  public static String text(MimeMessage message) {
    return part(message, "text/plain");
  }

  public static String html(MimeMessage message) {
    return part(message, "text/html");
  }

  private static String part(MimeMessage message, String type) {
    try {
      MimeMultipart multipart = (MimeMultipart) message.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        if (multipart.getBodyPart(i).isMimeType(type)) {
          return (String) multipart.getBodyPart(i).getContent();
        }
      }
      throw new AssertionError("No " + type + " part in " + message.getSubject());
    } catch (MessagingException | IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The first link in the plain text that starts with the portal's address and has {@code path}.
   */
  public static String link(MimeMessage message, String path) {
    Matcher m =
        Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(text(message));
    if (!m.find()) {
      throw new AssertionError("No link to " + path + " in:\n" + text(message));
    }
    return m.group();
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      Address[] to = message.getAllRecipients();
      return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new AssertionError(e);
    }
  }
}
