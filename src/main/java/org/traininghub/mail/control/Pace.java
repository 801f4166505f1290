package org.traininghub.mail.control;

/**
 * Keeps bulk sending at or under a rate: each {@link #await} returns no sooner than one interval
 * after the previous one, whichever of the instance's senders called it. A rate of zero or less
 * means no limit.
 */
final class Pace {

  private final long intervalNanos;
  private long next;

  Pace(double perSecond) {
    this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
    this.next = System.nanoTime();
  }

  /** Waits for the next slot; answers false (at once) when interrupted. */
  boolean await() {
    if (intervalNanos == 0) {
      return true;
    }
    long slot;
    synchronized (this) {
      slot = Math.max(System.nanoTime(), next);
      next = slot + intervalNanos;
    }
    long wait = slot - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
