package org.traininghub.it;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.traininghub.launch.EmbeddedPortal;

/**
 * A real SMTP server (GreenMail) on a free local port, which the test portal sends to. It can be
 * stopped and started again on the same port, as an outage would. It refuses for good (550) the
 * recipients a test names with {@link #refuse}, and serves the newsletter's bounce mailbox over
 * IMAP ({@link #bounceMailbox}).
 */
public final class SmtpServer {

  /** The newsletter's bounce mailbox: its address, and its IMAP login and password. */
  public static final String BOUNCES = "bounces@it.traininghub.example";

  private static final String BOUNCES_LOGIN = "bounces";

  private final int port;
  private final int imapPort;
  private final Set<String> refused = ConcurrentHashMap.newKeySet();
  private GreenMail greenMail;

  private SmtpServer(int port, int imapPort) {
    this.port = port;
    this.imapPort = imapPort;
  }

  public static SmtpServer start() {
    SmtpServer server = new SmtpServer(EmbeddedPortal.freePort(), EmbeddedPortal.freePort());
    server.up();
    return server;
  }

  /** From now on, {@code RCPT TO} {@code address} is answered {@code 550 5.1.1}, a hard bounce. */
  public void refuse(String address) {
    refused.add(address.toLowerCase(Locale.ROOT));
  }

  /** Puts {@code message} in the bounce mailbox, as a mail server's report would arrive. */
  public synchronized void bounceMailbox(MimeMessage message) {
    greenMail.getUserManager().getUser(BOUNCES_LOGIN).deliver(message);
  }

  /** The settings that point the portal at this server. */
  public Map<String, String> portalSettings() {
    return Map.of(
        "HUB_MAIL_SMTP_HOST", "127.0.0.1",
        "HUB_MAIL_SMTP_PORT", Integer.toString(port),
        "HUB_MAIL_SMTP_TLS", "none",
        "HUB_MAIL_FROM", "Training Hub <no-reply@it.traininghub.example>",
        "HUB_NEWSLETTER_BOUNCES_HOST", "127.0.0.1",
        "HUB_NEWSLETTER_BOUNCES_PORT", Integer.toString(imapPort),
        "HUB_NEWSLETTER_BOUNCES_USER", BOUNCES_LOGIN,
        "HUB_NEWSLETTER_BOUNCES_PASSWORD", BOUNCES_LOGIN,
        "HUB_NEWSLETTER_BOUNCES_TLS", "none",
        "HUB_NEWSLETTER_BOUNCES_EVERY_SECONDS", "1");
  }

  /** Starts (again) on the same port; messages received before an outage are gone. */
  public synchronized void up() {
    greenMail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            }) {
          @Override
          protected Map<String, AbstractServer> createServices(
              ServerSetup[] config, Managers managers) {
            return super.createServices(config, new Refusing(managers, refused));
          }
        };
    greenMail.start();
    greenMail.setUser(BOUNCES, BOUNCES_LOGIN, BOUNCES_LOGIN);
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

  /** GreenMail's managers, with an SMTP manager that refuses the addresses named. */
  private static final class Refusing extends Managers {

    private final Managers managers;
    private final SmtpManager smtp;

    Refusing(Managers managers, Set<String> refused) {
      this.managers = managers;
      this.smtp =
          new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress address) {
              return refused.contains(address.getEmail().toLowerCase(Locale.ROOT))
                  ? "550 5.1.1 <" + address.getEmail() + ">: Recipient address rejected"
                  : super.checkRecipient(state, address);
            }
          };
    }

    @Override
    public SmtpManager getSmtpManager() {
      return smtp;
    }

    @Override
    public UserManager getUserManager() {
      return managers.getUserManager();
    }

    @Override
    public ImapHostManager getImapHostManager() {
      return managers.getImapHostManager();
    }
  }
}
