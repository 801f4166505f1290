package org.traininghub.newsletter.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.database.DatabaseOutageLog;
import org.traininghub.platform.database.OwnTransaction;

/**
 * Looks every {@code hub.newsletter.digest-tick-seconds} (ten minutes) whether a topic's weekly
 * digest is due ({@link WeeklyDigests#makeIfDue}). With no digest turned on, a round is one SELECT.
 * Otherwise the instance that claims the {@code weekly-digest} job in {@code newsletter_job} makes
 * the due ones, each in a transaction of its own, and the others skip the round (the week's row is
 * the claim that makes each digest once whatever happens). The timeout runs outside a transaction,
 * so the timer survives a database outage and the next round tries again.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WeeklyDigestJob {

  private static final Logger LOG = Logger.getLogger(WeeklyDigestJob.class.getName());

  /** How long a claim holds: longer than making three digests can take. */
  static final Duration LEASE = Duration.ofMinutes(5);

  @Resource TimerService timers;

  @Inject WeeklyDigests digests;

  @Inject JobClaims claims;

  @Inject OwnTransaction ownTransaction;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "hub.newsletter.digest-tick-seconds", defaultValue = "600")
  long tickSeconds;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void startTicking() {
    long every = Math.max(1, tickSeconds) * 1000;
    timers.createIntervalTimer(every, every, new TimerConfig("newsletter weekly digest", false));
  }

  @Timeout
  void every() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    AtomicBoolean mine = new AtomicBoolean();
    try {
      EnumSet<Topic> on = digests.enabled();
      if (on.isEmpty()) {
        return;
      }
      Instant now = clock.instant();
      ownTransaction.run(
          () -> mine.set(claims.claim(JobClaims.WEEKLY_DIGEST, now, now.plus(LEASE))));
      if (mine.get()) {
        for (Topic topic : on) {
          digests.makeIfDue(topic, now);
        }
      }
    } catch (RuntimeException e) {
      DatabaseOutageLog.jobFailed(
          LOG, "A round of the weekly digests failed; the next will retry", e);
    } finally {
      try {
        if (mine.get()) {
          ownTransaction.run(() -> claims.release(JobClaims.WEEKLY_DIGEST, clock.instant()));
        }
      } finally {
        running.set(false);
      }
    }
  }
}
