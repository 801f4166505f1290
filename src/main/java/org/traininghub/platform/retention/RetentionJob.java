package org.traininghub.platform.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.platform.database.OwnTransaction;

/**
 * A component's job that deletes what it no longer needs to keep: once at start, then every {@code
 * hub.retention.every-seconds} (an hour) on every instance. Each component that keeps personal data
 * has its own subclass, a {@code @Startup @Singleton} that names what it deletes; every step is an
 * idempotent {@code DELETE … WHERE <older than>}, so instances running it together do no harm and
 * there is nothing to coordinate.
 *
 * <p>Subclasses are {@code @DependsOn("SchemaMigration")}, so that the tables exist when the first
 * run happens. Each run is one transaction: the container's for the start, {@link OwnTransaction}'s
 * for each timeout (a run that fails while the database is away leaves the timer running).
 */
public abstract class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Resource TimerService timers;

  @Inject Clock clock;

  @Inject OwnTransaction ownTransaction;

  @Inject
  @ConfigProperty(name = "hub.retention.every-seconds", defaultValue = "3600")
  long everySeconds;

  @PostConstruct
  void atStart() {
    run();
    long every = Math.max(1, everySeconds) * 1000;
    timers.createIntervalTimer(every, every, new TimerConfig(getClass().getSimpleName(), false));
  }

  /** Each run in a transaction of its own, so that a failed one does not end the timer. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void every() {
    ownTransaction.run(this::run);
  }

  private void run() {
    String removed = forgetOld(clock.instant());
    if (removed != null) {
      LOG.info(() -> getClass().getSimpleName() + " removed " + removed);
    }
  }

  /**
   * Deletes what is older than this component keeps it, judged at {@code now}; says what went (for
   * the log), or null when nothing did.
   */
  protected abstract String forgetOld(Instant now);
}
