package org.traininghub.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.platform.database.OwnTransaction;

/**
 * The IMAP mailbox that delivery status notifications and complaints come back to ({@code
 * hub.newsletter.bounces.*}; off when no host is set). Each unread message is read ({@link
 * DeliveryReports}), what it reports recorded ({@link Bounces}, a transaction per message), and
 * only then flagged as read, so a message is read once, and again only if recording it failed.
 */
@ApplicationScoped
public class BounceMailbox {

  private static final Logger LOG = Logger.getLogger(BounceMailbox.class.getName());

  @Inject
  @ConfigProperty(name = "hub.newsletter.bounces.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "hub.newsletter.bounces.port", defaultValue = "993")
  int port;

  @Inject
  @ConfigProperty(name = "hub.newsletter.bounces.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "hub.newsletter.bounces.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "hub.newsletter.bounces.folder", defaultValue = "INBOX")
  String folder;

  /** {@code tls} (implicit, port 993), {@code starttls} (required) or {@code none}. */
  @Inject
  @ConfigProperty(name = "hub.newsletter.bounces.tls", defaultValue = "tls")
  String tls;

  @Inject Bounces bounces;

  @Inject OwnTransaction ownTransaction;

  public boolean isConfigured() {
    return host.isPresent() && !host.get().isBlank();
  }

  /**
   * Reads the unread messages once, if there are any and {@code claim} says this instance may: an
   * empty mailbox costs no database statement.
   *
   * @return how many bounces were recorded against subscribers
   * @throws MessagingException when the mailbox cannot be reached or read (the next run tries
   *     again)
   */
  public int read(BooleanSupplier claim) throws MessagingException {
    Session session = Session.getInstance(properties());
    String protocol = "tls".equals(mode()) ? "imaps" : "imap";
    int recorded = 0;
    try (Store store = session.getStore(protocol)) {
      store.connect(host.get().strip(), port, user.orElse(""), password.orElse(""));
      try (Folder inbox = store.getFolder(folder)) {
        inbox.open(Folder.READ_WRITE);
        Message[] unread = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        if (unread.length == 0 || !claim.getAsBoolean()) {
          return 0;
        }
        for (Message message : unread) {
          recorded += record(message);
          message.setFlag(Flags.Flag.SEEN, true);
        }
      }
    }
    return recorded;
  }

  private int record(Message message) throws MessagingException {
    List<DeliveryReports.Reported> reported;
    try {
      reported = DeliveryReports.read(new MimeMessage((MimeMessage) message));
      if (reported.isEmpty()) {
        LOG.info("A message in the bounce mailbox reports no bounce; it is flagged read");
      }
    } catch (IOException | MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "A message in the bounce mailbox could not be read; skipped", e);
      return 0;
    }
    int[] count = {0};
    ownTransaction.run(
        () -> {
          for (DeliveryReports.Reported r : reported) {
            if (bounces.record(r.email(), r.messageId(), r.kind(), r.source(), r.detail())) {
              count[0]++;
            }
          }
        });
    return count[0];
  }

  private String mode() {
    return tls.strip().toLowerCase(Locale.ROOT);
  }

  private Properties properties() {
    Properties props = new Properties();
    for (String p : List.of("imap", "imaps")) {
      props.put("mail." + p + ".connectiontimeout", "10000");
      props.put("mail." + p + ".timeout", "20000");
      // reading a message does not mark it read: only recording what it says does
      props.put("mail." + p + ".peek", "true");
    }
    switch (mode()) {
      case "tls" -> props.put("mail.imaps.ssl.checkserveridentity", "true");
      case "starttls" -> {
        props.put("mail.imap.starttls.enable", "true");
        props.put("mail.imap.starttls.required", "true");
        props.put("mail.imap.ssl.checkserveridentity", "true");
      }
      case "none" -> {
        // plain IMAP: only for a mailbox on the same host or network
      }
      default ->
          throw new IllegalStateException(
              "hub.newsletter.bounces.tls must be tls, starttls or none, not " + tls);
    }
    return props;
  }
}
