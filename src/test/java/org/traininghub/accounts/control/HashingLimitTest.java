package org.traininghub.accounts.control;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.traininghub.accounts.control.HashingLimit.HashingBusy;

class HashingLimitTest {

  @Test
  void noMoreThanItsSlotsRunAtOnceAndTheRestWaitTheirTurn() throws Exception {
    HashingLimit limit = new HashingLimit(2, Duration.ofSeconds(30));
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch twoInside = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        done.add(
            threads.submit(
                () ->
                    limit.run(
                        () -> {
                          most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                          twoInside.countDown();
                          try {
                            release.await();
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          inside.decrementAndGet();
                          return 1;
                        })));
      }
      assertTrue(twoInside.await(10, TimeUnit.SECONDS), "two hashes should have started");
      await().atMost(Duration.ofSeconds(10)).until(() -> limit.waiting() == 6);
      assertEquals(2, inside.get(), "the other six wait for a slot");

      release.countDown();
      int finished = 0;
      for (Future<Integer> f : done) {
        finished += f.get(10, TimeUnit.SECONDS);
      }
      assertEquals(8, finished, "every waiting hash gets its turn");
      assertEquals(2, most.get());
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aHashThatGetsNoSlotInTimeIsRefusedWithAClearMessage() throws Exception {
    HashingLimit limit = new HashingLimit(1, Duration.ofMillis(50));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> first =
          thread.submit(
              () ->
                  limit.run(
                      () -> {
                        holding.countDown();
                        try {
                          return release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                          return false;
                        }
                      }));
      assertTrue(holding.await(10, TimeUnit.SECONDS));

      HashingBusy busy = assertThrows(HashingBusy.class, () -> limit.run(() -> "second"));
      assertTrue(busy.getMessage().contains("hub.sign-in.concurrent-hashes"), busy.getMessage());

      release.countDown();
      assertTrue(first.get(10, TimeUnit.SECONDS));
      assertEquals("after", limit.run(() -> "after"), "the slot is free again");
    } finally {
      thread.shutdownNow();
    }
  }

  @Test
  void aSignInHoldingASlotVerifiesItsPasswordWithoutWaitingForAnother() {
    HashingLimit limit = new HashingLimit(1, Duration.ofMillis(50));

    assertEquals("verified", limit.run(() -> limit.run(() -> "verified")));
  }

  @Test
  void oneSlotPerTwoCoresUnlessSet() {
    assertEquals(1, HashingLimit.slotsFor(0, 1));
    assertEquals(1, HashingLimit.slotsFor(0, 2));
    assertEquals(4, HashingLimit.slotsFor(0, 8));
    assertEquals(3, HashingLimit.slotsFor(3, 2));
  }
}
