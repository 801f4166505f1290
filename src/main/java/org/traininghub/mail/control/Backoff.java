package org.traininghub.mail.control;

import java.time.Duration;

/**
 * How long to wait before the next attempt: the first wait, doubled after every failure, at most
 * six hours.
 */
public record Backoff(Duration first, int maxAttempts) {

  static final Duration LONGEST = Duration.ofHours(6);

  public Backoff {
    if (first.isNegative() || first.isZero()) {
      throw new IllegalArgumentException("The first wait must be positive");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("At least one attempt is needed");
    }
  }

  /** The wait after attempt number {@code attempts} (counted from 1) failed. */
  public Duration after(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration wait = first.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
  }

  /** Whether a message that has failed {@code attempts} times is given up. */
  public boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }
}
