package org.traininghub.accounts.control;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most {@code slots} password hashes at once. One hash is 600,000 rounds of HMAC-SHA256 (about
 * 170 ms of a core), so a burst of sign-ins with no bound takes every core and starves the pages;
 * with it, the rest of a burst waits its turn, first come first served, for up to {@code maxWait},
 * and the cores left over keep serving pages. A lone hash starts at once, as before.
 *
 * <p>Work run inside {@link #run} may run more of it (a sign-in whose identity store then verifies
 * the password): the thread already holds a slot, so it does not wait for a second one.
 */
public final class HashingLimit {

  private final Semaphore slots;
  private final int size;
  private final Duration maxWait;
  private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

  public HashingLimit(int slots, Duration maxWait) {
    if (slots < 1) {
      throw new IllegalArgumentException(
          "hub.sign-in.concurrent-hashes must be 1 or more (or 0 for one per two cores); it is "
              + slots);
    }
    this.slots = new Semaphore(slots, true);
    this.size = slots;
    this.maxWait = maxWait;
  }

  /** One slot per two cores, at least one: the other half keeps serving pages during a burst. */
  public static int slotsFor(int setting, int cores) {
    return setting > 0 ? setting : Math.max(1, cores / 2);
  }

  /**
   * Runs {@code work} holding a slot, after waiting for one for up to the limit's wait.
   *
   * @throws HashingBusy when no slot came free in time
   */
  public <T> T run(Supplier<T> work) {
    if (holding.get()) {
      return work.get();
    }
    try {
      if (!slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new HashingBusy(maxWait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HashingBusy(maxWait);
    }
    holding.set(true);
    try {
      return work.get();
    } finally {
      holding.set(false);
      slots.release();
    }
  }

  /** How many hashes may run at once. */
  public int size() {
    return size;
  }

  /** About how many are waiting for a slot now (for tests and monitoring). */
  public int waiting() {
    return slots.getQueueLength();
  }

  /** No slot came free within the wait: the person is asked to try again in a few seconds. */
  public static final class HashingBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Seconds a client is told to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    HashingBusy(Duration waited) {
      super(
          "No password check came free within "
              + waited.toSeconds()
              + " s: many people are signing in at once. Try again in "
              + RETRY_AFTER_SECONDS
              + " s, or raise hub.sign-in.concurrent-hashes / hub.sign-in.hash-wait-seconds if"
              + " this happens often.");
    }
  }
}
