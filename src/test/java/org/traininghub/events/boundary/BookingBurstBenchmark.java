package org.traininghub.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.traininghub.it.Coaches;
import org.traininghub.it.Events;

/**
 * The booking burst, timed: 200 people ask for a seat on a 20-seat event at the same moment, over
 * real HTTP against the running portal; bookings per second and latency percentiles, after a
 * warm-up burst. {@code mvn verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=BookingBurstBenchmark -Dhub.benchmark=bookings} (see docs/performance.md).
 */
@EnabledIfSystemProperty(named = "hub.benchmark", matches = "bookings")
class BookingBurstBenchmark {

  private static final int PEOPLE = 200;
  private static final int SEATS = 20;
  private static final int ROUNDS = 5;

  @Test
  void burst() {
    List<Coaches.SignedIn> people = Coaches.signedIn(PEOPLE);
    BookingConcurrencyIT.burst(people, Events.open("Warm-up burst", SEATS, Duration.ofDays(9)));
    long failed = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      long event = Events.open("Benchmark burst " + round, SEATS, Duration.ofDays(9));
      List<BookingConcurrencyIT.Attempt> attempts = BookingConcurrencyIT.burst(people, event);
      long errors = attempts.stream().filter(a -> a.status() != 201).count();
      failed += errors;
      System.out.println(
          "[bookings benchmark] round " + round + ": " + Burst.of(attempts) + ", errors " + errors);
    }
    assertEquals(0, failed, "every attempt of every round answered 201");
  }

  /** Throughput and latency of one burst. */
  record Burst(double perSecond, double p50Ms, double p99Ms, double maxMs) {

    static Burst of(List<BookingConcurrencyIT.Attempt> attempts) {
      long first = attempts.stream().mapToLong(BookingConcurrencyIT.Attempt::sent).min().orElse(0);
      long last =
          attempts.stream().mapToLong(BookingConcurrencyIT.Attempt::received).max().orElse(0);
      double[] ms =
          attempts.stream().mapToDouble(a -> (a.received() - a.sent()) / 1e6).sorted().toArray();
      return new Burst(
          attempts.size() / ((last - first) / 1e9),
          ms[(int) Math.ceil(0.50 * ms.length) - 1],
          ms[(int) Math.ceil(0.99 * ms.length) - 1],
          ms[ms.length - 1]);
    }

    @Override
    public String toString() {
      return String.format(
          "%.0f bookings/s, p50 %.0f ms, p99 %.0f ms, max %.0f ms", perSecond, p50Ms, p99Ms, maxMs);
    }
  }
}
