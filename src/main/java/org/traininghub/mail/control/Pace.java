package org.traininghub.mail.control;

/**
 * Keeps bulk sending at or under a rate: each {@link #await} returns no sooner than one interval
 * after the previous one. For one thread (the instance's single dispatcher tick); a rate of zero or
 * less means no limit.
 */
final class Pace {

  private final long intervalNanos;
  private long next;

  Pace(double perSecond) {
    this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
  }

  /** Waits for the next slot; answers false (at once) when interrupted. */
  boolean await() {
    if (intervalNanos == 0) {
      return true;
    }
    long now = System.nanoTime();
    long wait = next - now;
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    next = Math.max(now, next) + intervalNanos;
    return true;
  }
}
