package org.traininghub.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.mail.entity.OutboxMessage;

/**
 * Delivers the outbox: a tick every few seconds on every instance, and one right after a
 * transaction that queued mail commits. Each tick claims due rows in the database ({@link
 * OutboxClaims}), so instances share the work and never send a row twice while its lease holds.
 * Delivery is at least once: if an instance dies between the SMTP server's "OK" and marking the row
 * sent, the row is sent again after its lease, with the same Message-ID.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

  @Inject OutboxClaims claims;

  @Inject SmtpMailer mailer;

  @Inject MailTemplates templates;

  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "hub.mail.batch-size", defaultValue = "20")
  int batchSize;

  @Inject
  @ConfigProperty(name = "hub.mail.lease-seconds", defaultValue = "120")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "hub.mail.retry-seconds", defaultValue = "60")
  long retrySeconds;

  @Inject
  @ConfigProperty(name = "hub.mail.max-attempts", defaultValue = "8")
  int maxAttempts;

  private final AtomicBoolean running = new AtomicBoolean();

  @Inject
  @ConfigProperty(name = "hub.mail.tick-seconds", defaultValue = "5")
  long tickSeconds;

  @Resource TimerService timers;

  /** Ticks every {@code hub.mail.tick-seconds} on this instance (not persisted, not clustered). */
  @PostConstruct
  void startTicking() {
    long every = Math.max(1, tickSeconds) * 1000;
    timers.createIntervalTimer(every, every, new TimerConfig("mail outbox", false));
  }

  @Timeout
  void everyFewSeconds() {
    tick();
  }

  /** Wakes the dispatcher once a transaction that queued mail has committed. */
  public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    executor.execute(this::tick);
  }

  /** Sends what is due, batch after batch; a tick already running in this instance is enough. */
  public void tick() {
    if (!mailer.isConfigured() || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      Backoff backoff = new Backoff(Duration.ofSeconds(retrySeconds), maxAttempts);
      List<OutboxClaims.Claimed> batch;
      do {
        Instant now = clock.instant();
        batch = claims.claim(now, now.plusSeconds(leaseSeconds), batchSize);
        try (SmtpMailer.Connection smtp = mailer.connect()) {
          batch.forEach(claimed -> deliver(smtp, claimed, backoff));
        }
      } while (batch.size() == batchSize);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The mail outbox tick failed; the next one will try again", e);
    } finally {
      running.set(false);
    }
  }

  private void deliver(SmtpMailer.Connection smtp, OutboxClaims.Claimed claimed, Backoff backoff) {
    try {
      OutboxMessage row = claimed.message();
      smtp.send(
          new Outgoing(
              row.getMessageId(),
              row.getRecipient(),
              row.getCreatedAt(),
              templates.render(row),
              claimed.parts()));
      claims.sent(claimed, clock.instant());
    } catch (MessagingException | RuntimeException e) {
      boolean permanent =
          e instanceof MessagingException m && Failures.permanent(m)
              || e instanceof IllegalArgumentException;
      boolean dead = permanent || backoff.exhausted(claimed.attempt());
      Instant next = clock.instant().plus(backoff.after(claimed.attempt()));
      String error = Failures.describe(e);
      claims.failed(claimed, error, next, dead);
      LOG.log(
          Level.INFO,
          "Mail {0} attempt {1} failed{2}: {3}",
          new Object[] {claimed.id(), claimed.attempt(), dead ? " for the last time" : "", error});
    }
  }
}
