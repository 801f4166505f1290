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

  /**
   * Waits for the {@code count}th message to {@code address} and returns it, after checking that it
   * says it is automatic ({@link #assertAutomatic}): every mail a test reads is held to that.
   */
  public MimeMessage awaitMessage(String address, int count, Duration timeout) {
    MimeMessage message =
        await("message " + count + " to " + address)
            .atMost(timeout)
            .pollInterval(Duration.ofMillis(200))
            .until(() -> messagesTo(address), messages -> messages.size() >= count)
            .get(count - 1);
    assertAutomatic(message);
    return message;
  }

  /**
   * Fails unless the message carries {@code Auto-Submitted: auto-generated} (RFC 3834) and {@code
   * X-Auto-Response-Suppress: OOF, AutoReply} (Exchange), once each, so no out-of-office reply
   * comes back to the hub.
   */
  public static void assertAutomatic(MimeMessage message) {
    try {
      for (String[] header :
          new String[][] {
            {"Auto-Submitted", "auto-generated"}, {"X-Auto-Response-Suppress", "OOF, AutoReply"}
          }) {
        String[] values = message.getHeader(header[0]);
        if (values == null || values.length != 1 || !header[1].equals(values[0])) {
          throw new AssertionError(
              "\""
                  + message.getSubject()
                  + "\" should carry "
                  + header[0]
                  + ": "
                  + header[1]
                  + " once, not "
                  + (values == null ? "nothing" : Arrays.toString(values)));
        }
      }
    } catch (MessagingException e) {
      throw new AssertionError(e);
    }
  }

  private static final Pattern FOOTER =
      Pattern.compile("\n\n-- \nYou get this email from the .+ portal: https?://\\S+\n?$");

  /**
   * Fails unless the plain text ends with the portal's footer (mail/footer.txt.mustache) and the
   * HTML has its counterpart, as every transactional mail does.
   */
  public static void assertPortalFooter(MimeMessage message) {
    String text = text(message).replace("\r\n", "\n");
    if (!FOOTER.matcher(text).find()) {
      throw new AssertionError("The text should end with the portal's footer:\n" + text);
    }
    if (!html(message).contains("You get this email from the <a href=")) {
      throw new AssertionError("The HTML should have the portal's footer:\n" + html(message));
    }
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
