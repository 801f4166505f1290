package org.traininghub.mail.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PaceTest {

  /**
   * The rate is the instance's, whichever sender asks: four senders taking 40 slots at 200 a second
   * between them need at least 39 intervals of 5 ms. (Only a lower bound: a slow machine makes it
   * slower, never faster.)
   */
  @Test
  void sendersShareOneRate() throws Exception {
    Pace pace = new Pace(200);
    ExecutorService senders = Executors.newFixedThreadPool(4);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      done.add(
          senders.submit(
              () -> {
                for (int i = 0; i < 10; i++) {
                  assertTrue(pace.await());
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    senders.shutdown();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis >= 39 * 5, "40 slots at 200 a second took only " + millis + " ms");
  }

  @Test
  void noLimitNeverWaitsAndAnInterruptedSenderStops() {
    assertTrue(new Pace(0).await());
    Pace pace = new Pace(0.001);
    assertTrue(pace.await(), "the first slot is now");
    Thread.currentThread().interrupt();
    try {
      assertTrue(!pace.await(), "the next slot is 1,000 s away: interrupted, it gives up");
    } finally {
      Thread.interrupted();
    }
  }
}
