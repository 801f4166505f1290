package org.traininghub.newsletter.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.newsletter.control.BounceMailbox;
import org.traininghub.newsletter.control.JobClaims;
import org.traininghub.platform.database.OwnTransaction;

/**
 * Reads the bounce mailbox every {@code hub.newsletter.bounces.every-seconds} (five minutes) when
 * one is configured. When it has unread messages, the instance that claims the job in the database
 * reads them; the others skip that round (an empty mailbox touches no database). The timeout runs
 * outside a transaction, so the timer survives an outage and the next round tries again: a mailbox
 * that cannot be read is one line in the log; the database away is left to {@code
 * DatabaseAwayAtTheBoundary}, which logs the outage once (no trace per round).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class BounceMailboxJob {

  private static final Logger LOG = Logger.getLogger(BounceMailboxJob.class.getName());

  /** How long a claim holds: longer than a read of the mailbox can take. */
  static final Duration LEASE = Duration.ofMinutes(10);

  @Resource TimerService timers;

  @Inject BounceMailbox mailbox;

  @Inject JobClaims claims;

  @Inject OwnTransaction ownTransaction;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "hub.newsletter.bounces.every-seconds", defaultValue = "300")
  long everySeconds;

  @PostConstruct
  void start() {
    if (!mailbox.isConfigured()) {
      LOG.info("No bounce mailbox (hub.newsletter.bounces.host): bounces are seen at send only");
      return;
    }
    long every = Math.max(1, everySeconds) * 1000;
    timers.createIntervalTimer(every, every, new TimerConfig("newsletter bounce mailbox", false));
    LOG.info(() -> "The bounce mailbox is read every " + Math.max(1, everySeconds) + " s");
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void every() {
    AtomicBoolean mine = new AtomicBoolean();
    try {
      int recorded =
          mailbox.read(
              () -> {
                Instant now = clock.instant();
                ownTransaction.run(
                    () -> mine.set(claims.claim(JobClaims.BOUNCE_MAILBOX, now, now.plus(LEASE))));
                return mine.get();
              });
      if (recorded > 0) {
        LOG.info(() -> "Bounce mailbox: " + recorded + " bounces recorded");
      }
    } catch (MessagingException e) {
      // One line, no trace: a mailbox away for an hour must not fill the log.
      LOG.warning(() -> "Reading the bounce mailbox failed; the next round tries again: " + e);
    } finally {
      if (mine.get()) {
        ownTransaction.run(() -> claims.release(JobClaims.BOUNCE_MAILBOX, clock.instant()));
      }
    }
  }
}
