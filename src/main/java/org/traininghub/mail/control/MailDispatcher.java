package org.traininghub.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.mail.entity.Lane;
import org.traininghub.mail.entity.MailRefused;
import org.traininghub.mail.entity.OutboxMessage;
import org.traininghub.platform.database.DatabaseOutageLog;
import org.traininghub.platform.web.GracefulStop;

/**
 * Delivers the outbox: a tick every few seconds on every instance, and one right after a
 * transaction that queued mail commits. Each tick claims due rows in the database ({@link
 * OutboxClaims}) with a short lease that it keeps alive while it works ({@link BatchLease}), and
 * sends a row only after checking that its claim still holds, so live instances never send a row
 * twice, however slow the SMTP server. Delivery is at least once: if an instance dies between the
 * SMTP server's "OK" and marking the row sent, the row is sent again after its lease, with the same
 * Message-ID. On shutdown the message being sent is finished and the rest of the batch given back.
 *
 * <p>An instance sends over at most {@code hub.mail.connections} SMTP connections at once, each a
 * sender of its own working batch after batch; the second and further senders start only while
 * batches come back full, so an idle tick costs one claim. The bulk rate is the instance's, shared
 * by its senders.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

  /** How long shutdown waits for the message being sent. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(15);

  @Inject OutboxClaims claims;

  @Inject SmtpMailer mailer;

  @Inject MailTemplates templates;

  @Inject Clock clock;

  /** Tells the components that keep addresses of a recipient refused for good. */
  @Inject Event<MailRefused> refusals;

  @Resource ManagedExecutorService executor;

  /**
   * Threads of their own for the second and further senders, which work as long as a campaign
   * lasts: on the shared executor they would hold its few threads from everything else.
   */
  @Resource ManagedThreadFactory threads;

  /** Renews the leases of the batch being sent. */
  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ScheduledExecutorService scheduler;

  /** Whose claims these are: this instance, {@code pid@host}. */
  String claimer = OutboxClaims.INSTANCE;

  @Inject
  @ConfigProperty(name = "hub.mail.batch-size", defaultValue = "20")
  int batchSize;

  @Inject
  @ConfigProperty(name = "hub.mail.lease-seconds", defaultValue = "30")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "hub.mail.retry-seconds", defaultValue = "60")
  long retrySeconds;

  @Inject
  @ConfigProperty(name = "hub.mail.max-attempts", defaultValue = "8")
  int maxAttempts;

  /**
   * Bulk messages a second this instance sends at most (transactional mail is never held back);
   * zero or less for no limit. The default stays under common providers' limits.
   */
  @Inject
  @ConfigProperty(name = "hub.mail.bulk-per-second", defaultValue = "10")
  double bulkPerSecond;

  /**
   * SMTP connections this instance sends over at once (each a sender of its own batches); one or
   * more.
   */
  @Inject
  @ConfigProperty(name = "hub.mail.connections", defaultValue = "1")
  int connections;

  private volatile Pace bulkPace;

  /** Senders at work in this instance, each with its own batch and SMTP connection. */
  private final AtomicInteger senders = new AtomicInteger();

  private volatile boolean stopping;

  @Inject
  @ConfigProperty(name = "hub.mail.tick-seconds", defaultValue = "5")
  long tickSeconds;

  @Resource TimerService timers;

  /**
   * When the portal stops, before anything is undeployed: no new batch, the message on the wire
   * finished ({@link GracefulStop}).
   */
  private final GracefulStop.Work onStop =
      new GracefulStop.Work() {
        @Override
        public void stopTaking() {
          stopping = true;
        }

        @Override
        public boolean busy() {
          return senders.get() > 0;
        }
      };

  /** Ticks every {@code hub.mail.tick-seconds} on this instance (not persisted, not clustered). */
  @PostConstruct
  void startTicking() {
    long every = Math.max(1, tickSeconds) * 1000;
    timers.createIntervalTimer(every, every, new TimerConfig("mail outbox", false));
    GracefulStop.register(onStop);
  }

  @Timeout
  void everyFewSeconds() {
    tick();
  }

  /**
   * On shutdown: the message being sent is finished (within {@code STOP_WAIT}), the rest of its
   * batch given back for any instance to send at once, and no new batch is claimed.
   */
  @PreDestroy
  void stop() {
    GracefulStop.forget(onStop);
    stopping = true;
    long end = System.nanoTime() + STOP_WAIT.toNanos();
    synchronized (senders) {
      while (senders.get() > 0 && System.nanoTime() < end) {
        try {
          senders.wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Wakes the dispatcher once a transaction that queued mail has committed. */
  public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    executor.execute(this::tick);
  }

  /**
   * Sends what is due, batch after batch, unless this instance's senders are all at work already.
   */
  public void tick() {
    if (stopping || !mailer.isConfigured() || !startSender()) {
      return;
    }
    send();
  }

  /** Counts one more sender, unless {@code hub.mail.connections} are at work already. */
  private boolean startSender() {
    int limit = Math.max(1, connections);
    for (int at = senders.get(); at < limit; at = senders.get()) {
      if (senders.compareAndSet(at, at + 1)) {
        return true;
      }
    }
    return false;
  }

  /** More mail waits than one sender's batch: starts the senders not at work yet. */
  private void startMore() {
    while (!stopping && threads != null && startSender()) {
      try {
        Thread sender = threads.newThread(this::send);
        sender.setName("mail sender " + senders.get());
        sender.start();
      } catch (RuntimeException e) {
        stopped();
        return;
      }
    }
  }

  /**
   * One sender (counted by {@link #startSender}): claims and sends batches until none is full, over
   * one SMTP connection.
   */
  private void send() {
    try (SmtpMailer.Connection smtp = mailer.connect()) {
      Backoff backoff = new Backoff(Duration.ofSeconds(retrySeconds), maxAttempts);
      Duration lease = Duration.ofSeconds(leaseSeconds);
      List<OutboxClaims.Claimed> batch;
      do {
        Instant now = clock.instant();
        batch = claims.claim(claimer, now, now.plus(lease), batchSize);
        if (batch.size() == batchSize) {
          startMore();
        }
        try (BatchLease held = new BatchLease(claims, batch, lease, clock, scheduler)) {
          send(batch, held, smtp, backoff);
        }
      } while (batch.size() == batchSize && !stopping);
    } catch (RuntimeException e) {
      DatabaseOutageLog.jobFailed(
          LOG, "The mail outbox tick failed; the next one will try again", e);
    } finally {
      stopped();
    }
  }

  /**
   * Sends a batch in order, each row only right after its claim was checked and renewed ({@link
   * BatchLease#hold}). Recording a row sent and checking the next one are one transaction ({@link
   * BatchLease#sentThenHold}); the bulk rate's wait comes after that check, well within the lease
   * it renewed.
   */
  private void send(
      List<OutboxClaims.Claimed> batch,
      BatchLease held,
      SmtpMailer.Connection smtp,
      Backoff backoff) {
    boolean mine = !batch.isEmpty() && !stopping && held.hold(batch.get(0));
    for (int i = 0; i < batch.size() && !stopping; i++) {
      OutboxClaims.Claimed claimed = batch.get(i);
      OutboxClaims.Claimed next = i + 1 < batch.size() ? batch.get(i + 1) : null;
      if (!mine) {
        mine = next != null && held.hold(next);
      } else if (claimed.message().getLane() == Lane.BULK && !pace().await()) {
        return;
      } else {
        mine = deliver(smtp, claimed, backoff, held, next);
      }
    }
  }

  private void stopped() {
    synchronized (senders) {
      senders.decrementAndGet();
      senders.notifyAll();
    }
  }

  /** The instance's bulk rate, one for all its senders. */
  private Pace pace() {
    Pace pace = bulkPace;
    if (pace == null) {
      synchronized (senders) {
        if (bulkPace == null) {
          bulkPace = new Pace(bulkPerSecond);
        }
        pace = bulkPace;
      }
    }
    return pace;
  }

  /**
   * Sends one claimed row and records the outcome (conditional on the claim, as every move), then
   * checks the claim on {@code next} (if any, and not stopping): answers whether it may be sent.
   */
  private boolean deliver(
      SmtpMailer.Connection smtp,
      OutboxClaims.Claimed claimed,
      Backoff backoff,
      BatchLease held,
      OutboxClaims.Claimed next) {
    OutboxMessage row = claimed.message();
    try {
      smtp.send(
          new Outgoing(
              row.getMessageId(),
              row.getRecipient(),
              row.getCreatedAt(),
              templates.render(row),
              claimed.parts()));
    } catch (MessagingException | RuntimeException e) {
      boolean permanent =
          e instanceof MessagingException m && Failures.permanent(m)
              || e instanceof IllegalArgumentException;
      boolean dead = permanent || backoff.exhausted(claimed.attempt());
      Instant nextAttempt = clock.instant().plus(backoff.after(claimed.attempt()));
      String error = Failures.describe(e);
      claims.failed(claimed, error, nextAttempt, dead);
      held.done(claimed);
      LOG.log(
          Level.INFO,
          "Mail {0} attempt {1} failed{2}: {3}",
          new Object[] {claimed.id(), claimed.attempt(), dead ? " for the last time" : "", error});
      if (e instanceof MessagingException m && Failures.refused(m)) {
        refused(new MailRefused(row.getRecipient(), row.getMessageId(), error));
      }
      return next != null && !stopping && held.hold(next);
    }
    return held.sentThenHold(claimed, stopping ? null : next);
  }

  /**
   * An observer's failure does not stop the batch: the refusal is in the outbox row all the same.
   */
  private void refused(MailRefused refusal) {
    try {
      refusals.fire(refusal);
    } catch (RuntimeException e) {
      DatabaseOutageLog.jobFailed(
          LOG, "Recording the refusal of " + refusal.messageId() + " failed", e);
    }
  }
}
