package org.traininghub.newsletter.control;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Instant;

/**
 * Which instance runs a newsletter timer job now: the job's row in {@code newsletter_job} is
 * claimed until a lease ends, by one conditional UPDATE, so that of several instances whose timers
 * fire together only one does the work (the bounce mailbox is read once). A claimer that dies
 * leaves a lease that simply runs out. In the caller's transaction.
 */
@ApplicationScoped
public class JobClaims {

  /** The newsletter's jobs, one row each (V35, V40). */
  public static final String BOUNCE_MAILBOX = "bounce-mailbox";

  public static final String UNCONFIRMED_CLEANUP = "unconfirmed-cleanup";

  /** The weekly digests' timer (V40). */
  public static final String WEEKLY_DIGEST = "weekly-digest";

  /** Whose claims these are: this instance, {@code pid@host}. */
  static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

  @PersistenceContext EntityManager em;

  /**
   * Claims {@code job} for this instance until {@code until}, unless another claim's lease is
   * running at {@code now}.
   *
   * @return whether this instance holds the job now
   */
  public boolean claim(String job, Instant now, Instant until) {
    return em.createNativeQuery(
                "UPDATE newsletter_job SET claimed_by = ?1, lease_until = ?2"
                    + " WHERE name = ?3 AND (lease_until IS NULL OR lease_until <= ?4)")
            .setParameter(1, INSTANCE)
            .setParameter(2, utc(until))
            .setParameter(3, job)
            .setParameter(4, utc(now))
            .executeUpdate()
        == 1;
  }

  /** Ends this instance's claim of {@code job} after a run that finished at {@code now}. */
  public void release(String job, Instant now) {
    em.createNativeQuery(
            "UPDATE newsletter_job SET lease_until = NULL, last_run_at = ?1"
                + " WHERE name = ?2 AND claimed_by = ?3")
        .setParameter(1, utc(now))
        .setParameter(2, job)
        .setParameter(3, INSTANCE)
        .executeUpdate();
  }
}
