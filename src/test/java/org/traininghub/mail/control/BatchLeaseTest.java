package org.traininghub.mail.control;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The claim on a batch is kept while the batch is sent: the unsent rows are renewed in the
 * background, a row is sent only when the check right before it holds, and what is left when the
 * batch ends is given back. The database moves are recorded by a stand-in for {@link OutboxClaims}
 * (their SQL runs in {@code OutboxLeaseIT}).
 */
class BatchLeaseTest {

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final Recorded claims = new Recorded();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  @Test
  void theUnsentRowsAreRenewedEveryThirdOfTheLeaseUntilDone() {
    List<OutboxClaims.Claimed> batch = batch(1, 2, 3);
    try (BatchLease lease = lease(batch)) {
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> claims.lastRenewal().equals(Set.of(1L, 2L, 3L)));
      assertTrue(lease.hold(batch.get(0)));
      lease.done(batch.get(0));
      // a row sent is renewed no more
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> claims.lastRenewal().equals(Set.of(2L, 3L)));
    }
    assertEquals(Set.of(2L, 3L), claims.givenBackIds(), "the rows not sent are given back");
  }

  @Test
  void aRowWhoseClaimWasLostIsNotSentRenewedOrGivenBack() {
    List<OutboxClaims.Claimed> batch = batch(1, 2);
    claims.lost.add(1L);
    try (BatchLease lease = lease(batch)) {
      assertFalse(lease.hold(batch.get(0)), "another instance has it now");
      assertTrue(lease.hold(batch.get(1)));
      lease.done(batch.get(1));
    }
    assertEquals(Set.of(), claims.givenBackIds());
  }

  @Test
  void theCheckBeforeASendRenewsTheLeaseForAWholeLength() {
    List<OutboxClaims.Claimed> batch = batch(7);
    try (BatchLease lease = lease(batch)) {
      Instant before = Instant.now();
      assertTrue(lease.hold(batch.get(0)));
      assertFalse(claims.heldUntil.isBefore(before.plus(Duration.ofMillis(300))));
      lease.done(batch.get(0));
    }
  }

  @Test
  void recordingARowSentChecksTheNextInTheSameMove() {
    List<OutboxClaims.Claimed> batch = batch(1, 2, 3);
    claims.lost.add(3L);
    try (BatchLease lease = lease(batch)) {
      assertTrue(lease.hold(batch.get(0)));
      assertTrue(lease.sentThenHold(batch.get(0), batch.get(1)), "the next is still ours");
      assertFalse(lease.sentThenHold(batch.get(1), batch.get(2)), "another instance has it now");
      assertEquals(List.of(1L, 2L), claims.sent);
    }
    assertEquals(Set.of(), claims.givenBackIds(), "sent rows and a lost one are not given back");
  }

  @Test
  void theLastRowOfABatchIsRecordedSentAlone() {
    List<OutboxClaims.Claimed> batch = batch(4);
    try (BatchLease lease = lease(batch)) {
      assertTrue(lease.hold(batch.get(0)));
      assertFalse(lease.sentThenHold(batch.get(0), null));
      assertEquals(List.of(4L), claims.sent);
    }
    assertEquals(Set.of(), claims.givenBackIds());
  }

  private BatchLease lease(List<OutboxClaims.Claimed> batch) {
    return new BatchLease(claims, batch, Duration.ofMillis(300), Clock.systemUTC(), scheduler);
  }

  private static List<OutboxClaims.Claimed> batch(long... ids) {
    return java.util.Arrays.stream(ids)
        .mapToObj(id -> new OutboxClaims.Claimed(id, 1, "test@host", null, List.of()))
        .toList();
  }

  /** Records each move; a row in {@code lost} is held by someone else. */
  private static final class Recorded extends OutboxClaims {
    final Set<Long> lost = ConcurrentHashMap.newKeySet();
    final List<Set<Long>> renewals = new CopyOnWriteArrayList<>();
    final List<Claimed> givenBack = new CopyOnWriteArrayList<>();
    volatile Instant heldUntil;
    final List<Long> sent = new CopyOnWriteArrayList<>();

    @Override
    public void sent(Claimed claimed, Instant now) {
      sent.add(claimed.id());
    }

    @Override
    public boolean hold(Claimed claimed, Instant now, Instant leaseUntil) {
      heldUntil = leaseUntil;
      return !lost.contains(claimed.id());
    }

    @Override
    public int renew(List<Claimed> rows, Instant now, Instant leaseUntil) {
      renewals.add(rows.stream().map(Claimed::id).collect(Collectors.toSet()));
      return rows.size();
    }

    @Override
    public int giveBack(List<Claimed> rows, Instant now) {
      givenBack.addAll(rows);
      return rows.size();
    }

    Set<Long> lastRenewal() {
      return renewals.isEmpty() ? Set.of() : renewals.get(renewals.size() - 1);
    }

    Set<Long> givenBackIds() {
      return givenBack.stream().map(Claimed::id).collect(Collectors.toSet());
    }
  }
}
