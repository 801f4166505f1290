package org.traininghub.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a message to the configured SMTP server through Jakarta Mail, composed by {@link
 * MimeComposer} with the Message-ID the outbox gave it. With no {@code hub.mail.smtp.host} set,
 * nothing is sent and mail waits in the outbox.
 */
@ApplicationScoped
public class SmtpMailer {

  @Inject
  @ConfigProperty(name = "hub.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "hub.mail.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "hub.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "hub.mail.smtp.password")
  Optional<String> password;

  /** {@code starttls} (required), {@code tls} (implicit, port 465) or {@code none}. */
  @Inject
  @ConfigProperty(name = "hub.mail.smtp.tls", defaultValue = "starttls")
  String tls;

  @Inject
  @ConfigProperty(name = "hub.mail.from")
  String from;

  private Session session;
  private InternetAddress sender;

  @PostConstruct
  void configure() {
    try {
      sender = new InternetAddress(from, true);
    } catch (AddressException e) {
      throw new IllegalStateException("hub.mail.from is not an email address: " + from, e);
    }
    if (!isConfigured()) {
      return;
    }
    Properties props = new Properties();
    props.put("mail.smtp.host", host.get().strip());
    props.put("mail.smtp.port", Integer.toString(port));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "20000");
    props.put("mail.smtp.writetimeout", "20000");
    switch (tls.strip().toLowerCase()) {
      case "starttls" -> {
        props.put("mail.smtp.socketFactory", new NoDelaySockets.Plain());
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
      }
      case "tls" -> {
        props.put("mail.smtp.ssl.enable", "true");
        props.put("mail.smtp.ssl.socketFactory", new NoDelaySockets.Tls());
      }
      case "none" -> // plain SMTP: only for a relay on the same host or network
          props.put("mail.smtp.socketFactory", new NoDelaySockets.Plain());
      default ->
          throw new IllegalStateException(
              "hub.mail.smtp.tls must be starttls, tls or none, not " + tls);
    }
    props.put("mail.smtp.ssl.checkserveridentity", "true");
    Authenticator authenticator = null;
    if (user.isPresent() && !user.get().isBlank()) {
      props.put("mail.smtp.auth", "true");
      String name = user.get();
      String secret = password.orElse("");
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(name, secret);
            }
          };
    }
    session = Session.getInstance(props, authenticator);
  }

  /** Whether an SMTP server is configured; without one mail stays in the outbox. */
  public boolean isConfigured() {
    return host.isPresent() && !host.get().isBlank();
  }

  /** The domain of the sender address, used in Message-IDs. */
  public String fromDomain() {
    String address = sender.getAddress();
    return address.substring(address.indexOf('@') + 1);
  }

  /**
   * A connection to the SMTP server for a batch of messages: one connection, many messages, then
   * closed. It connects when first needed and again after a failure.
   */
  public final class Connection implements AutoCloseable {

    /** How long a connection may sit idle before it is checked with the server again. */
    static final Duration IDLE_CHECK = Duration.ofSeconds(10);

    private Transport transport;

    /** When the connection last did its work ({@link System#nanoTime}). */
    private long lastUsed;

    /**
     * Sends one message.
     *
     * @throws MessagingException when it was not taken; {@link Failures#permanent} tells whether
     *     another attempt could help
     */
    public void send(Outgoing outgoing) throws MessagingException {
      MimeMessage message = compose(outgoing);
      try {
        if (transport == null || !alive()) {
          close();
          transport = session.getTransport("smtp");
          transport.connect();
          lastUsed = System.nanoTime();
        }
        transport.sendMessage(message, message.getAllRecipients());
        lastUsed = System.nanoTime();
      } catch (MessagingException e) {
        close();
        throw e;
      }
    }

    /**
     * Whether the open connection can take a message. Jakarta Mail's {@code isConnected} asks the
     * server (a {@code NOOP} and its answer: a round trip), so it is asked only after the
     * connection has been idle for {@link #IDLE_CHECK} (servers close idle connections after
     * minutes, RFC 5321 4.5.3.2.7), not before every message of a campaign; a connection the server
     * dropped meanwhile fails the message's attempt, which is tried again later as any failed one
     * is.
     */
    private boolean alive() {
      return System.nanoTime() - lastUsed < IDLE_CHECK.toNanos() || transport.isConnected();
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException e) {
          // the server went away; nothing to close
        }
        transport = null;
      }
    }
  }

  public Connection connect() {
    return new Connection();
  }

  /** The message as it goes to the SMTP server, for checks and tests. */
  public MimeMessage compose(Outgoing outgoing) throws MessagingException {
    return MimeComposer.compose(session, sender, outgoing);
  }
}
