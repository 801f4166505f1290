package org.traininghub.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stop's drain: new requests refused, the ones in flight and the registered work waited for,
 * then Payara's grace sleep ended early. Payara's sleep is played by a thread sleeping in a method
 * of the same name ({@link #sleepShutdownGracePeriod}).
 */
class GracefulStopTest {

  private final CountDownLatch finish = new CountDownLatch(1);
  private final AtomicBoolean busy = new AtomicBoolean(true);
  private final GracefulStop.Work mail =
      new GracefulStop.Work() {
        @Override
        public void stopTaking() {}

        @Override
        public boolean busy() {
          return busy.get();
        }
      };

  @AfterEach
  void reset() {
    GracefulStop.forget(mail);
  }

  @Test
  void waitsForTheRequestAndTheWorkInFlightThenEndsPayarasGraceEarly() throws Exception {
    GracefulStop.register(mail);
    assertTrue(GracefulStop.enter(), "a request before the stop is served");
    CompletableFuture<Boolean> graceCut = CompletableFuture.supplyAsync(this::payaraStop);
    CompletableFuture<Void> drained =
        CompletableFuture.runAsync(() -> GracefulStop.drain(Duration.ofSeconds(30)));

    awaitStopping();
    assertFalse(GracefulStop.enter(), "a new request once stopping has begun is refused");
    assertFalse(drained.isDone(), "a request is still in flight");
    GracefulStop.leave();
    assertFalse(drained.isDone(), "the mail message is still being sent");
    busy.set(false);

    drained.get(10, TimeUnit.SECONDS);
    assertTrue(graceCut.get(10, TimeUnit.SECONDS), "Payara's grace sleep was ended early");
  }

  private static void awaitStopping() throws InterruptedException {
    for (int i = 0; i < 500 && GracefulStop.enter(); i++) {
      GracefulStop.leave();
      Thread.sleep(10);
    }
  }

  /** Payara's stop: sleeps its whole grace unless interrupted; true if it was. */
  private boolean payaraStop() {
    return sleepShutdownGracePeriod();
  }

  private static boolean sleepShutdownGracePeriod() {
    try {
      Thread.sleep(60_000);
      return false;
    } catch (InterruptedException e) {
      return true;
    }
  }
}
