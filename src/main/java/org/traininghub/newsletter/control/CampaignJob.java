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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.newsletter.entity.CampaignStatus;
import org.traininghub.newsletter.entity.NewsletterCampaign;
import org.traininghub.platform.database.DatabaseOutageLog;
import org.traininghub.platform.database.OwnTransaction;

/**
 * Moves the newsletter's campaigns on, on every instance every {@code
 * hub.newsletter.campaign-tick-seconds} and right after an admin starts or resumes one: starts the
 * scheduled campaigns whose time has come (claimed in the database by {@link
 * CampaignStates#startDue}, so one instance starts each), queues the audience of sending campaigns
 * chunk by chunk ({@link AudienceQueue}, which carries on after a crash from its cursor) and marks
 * finished ones sent. Each step runs in a transaction of its own, so a database outage does not end
 * the timer.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignJob {

  private static final Logger LOG = Logger.getLogger(CampaignJob.class.getName());

  @PersistenceContext EntityManager em;

  @Inject CampaignStates states;

  @Inject AudienceQueue audience;

  @Inject OwnTransaction ownTransaction;

  @Inject Clock clock;

  @Resource TimerService timers;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "hub.newsletter.campaign-tick-seconds", defaultValue = "15")
  long tickSeconds;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void startTicking() {
    long every = Math.max(1, tickSeconds) * 1000;
    timers.createIntervalTimer(every, every, new TimerConfig("newsletter campaigns", false));
  }

  @Timeout
  void everyFewSeconds() {
    run();
  }

  /**
   * Runs a round at once, off the caller's thread, after an admin started or resumed a campaign.
   */
  public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CampaignMoved moved) {
    executor.execute(this::run);
  }

  /** One round; a round already running on this instance is enough. */
  public void run() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      Instant now = clock.instant();
      for (Long id : ids(NewsletterCampaign.DUE, now)) {
        ownTransaction.run(() -> states.startDue(id, now));
      }
      for (Long id : ids(NewsletterCampaign.UNFINISHED, now)) {
        while (audience.queueNextChunk(id)) {
          // chunk after chunk, each committed on its own
        }
        ownTransaction.run(() -> states.finishIfDone(id, clock.instant()));
      }
    } catch (RuntimeException e) {
      DatabaseOutageLog.jobFailed(
          LOG, "A round of the newsletter campaigns failed; the next will retry", e);
    } finally {
      running.set(false);
    }
  }

  private List<Long> ids(String query, Instant now) {
    var q = em.createNamedQuery(query, Long.class);
    if (query.equals(NewsletterCampaign.DUE)) {
      q.setParameter("scheduled", CampaignStatus.SCHEDULED).setParameter("now", now);
    } else {
      q.setParameter("sending", CampaignStatus.SENDING);
    }
    return q.getResultList();
  }
}
