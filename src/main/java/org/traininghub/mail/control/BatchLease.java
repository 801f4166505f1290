package org.traininghub.mail.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The claim on one batch of outbox rows while the dispatcher works through it. The lease is short
 * (30 s by default) because it is kept alive: renewed in the background every third of its length
 * for the rows not yet done, and checked and renewed once more right before each send ({@link
 * #hold}), so a row goes out only while this instance still holds it, however slow the SMTP server.
 * Rows not sent when the batch ends early are given back at once. If this instance dies, nothing
 * renews its rows and they are due for any instance within one lease.
 */
final class BatchLease implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(BatchLease.class.getName());

  private final OutboxClaims claims;
  private final Clock clock;
  private final Duration length;
  private final Map<Long, OutboxClaims.Claimed> held = new ConcurrentHashMap<>();
  private final ScheduledFuture<?> renewal;

  BatchLease(
      OutboxClaims claims,
      List<OutboxClaims.Claimed> batch,
      Duration length,
      Clock clock,
      ScheduledExecutorService scheduler) {
    this.claims = claims;
    this.clock = clock;
    this.length = length;
    batch.forEach(claimed -> held.put(claimed.id(), claimed));
    long every = Math.max(100, length.toMillis() / 3);
    this.renewal =
        batch.isEmpty()
            ? null
            : scheduler.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Whether {@code claimed} may be sent now: its lease, renewed for a full length, was still this
   * claim's. When not, another instance has it (or will) and it is dropped from this batch.
   */
  boolean hold(OutboxClaims.Claimed claimed) {
    Instant now = clock.instant();
    if (held.containsKey(claimed.id()) && claims.hold(claimed, now, now.plus(length))) {
      return true;
    }
    held.remove(claimed.id());
    return false;
  }

  /**
   * Records {@code sent} as sent and, in the same transaction, checks and renews the claim on
   * {@code next} (none when null) as {@link #hold} does: answers whether {@code next} may be sent
   * now.
   */
  boolean sentThenHold(OutboxClaims.Claimed sent, OutboxClaims.Claimed next) {
    held.remove(sent.id());
    boolean ours = next != null && held.containsKey(next.id());
    Instant now = clock.instant();
    if (claims.sentAndHold(sent, now, ours ? next : null, now.plus(length))) {
      return true;
    }
    if (next != null) {
      held.remove(next.id());
    }
    return false;
  }

  /** The row was sent or its attempt recorded: nothing more to renew or give back. */
  void done(OutboxClaims.Claimed claimed) {
    held.remove(claimed.id());
  }

  private void renew() {
    List<OutboxClaims.Claimed> rows = List.copyOf(held.values());
    if (rows.isEmpty()) {
      return;
    }
    try {
      Instant now = clock.instant();
      claims.renew(rows, now, now.plus(length));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          e,
          () ->
              "Could not renew the lease of "
                  + rows.size()
                  + " claimed messages; each is checked again before it is sent, and another"
                  + " instance sends those whose lease runs out");
    }
  }

  /** Stops renewing, and gives back the rows of the batch that were not sent. */
  @Override
  public void close() {
    if (renewal != null) {
      renewal.cancel(false);
    }
    List<OutboxClaims.Claimed> rest = List.copyOf(held.values());
    held.clear();
    if (!rest.isEmpty()) {
      claims.giveBack(rest, clock.instant());
    }
  }
}
