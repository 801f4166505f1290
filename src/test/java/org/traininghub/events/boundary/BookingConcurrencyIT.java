package org.traininghub.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.traininghub.it.Coaches;
import org.traininghub.it.Events;
import org.traininghub.it.Sql;

/**
 * Seats under load, through real concurrent HTTP requests against the running portal on the real
 * database: no seat is sold twice, the waiting list keeps arrival order, and promotion keeps it.
 */
class BookingConcurrencyIT {

  /** One request's answer and when it went and came back (nanoTime). */
  record Attempt(Coaches.SignedIn who, long sent, long received, int status, JsonObject body) {}

  /** Sends every request at once (from a start line) and waits for all of the answers. */
  static List<Attempt> burst(List<Coaches.SignedIn> people, long eventId) {
    ExecutorService pool = Executors.newFixedThreadPool(people.size());
    CountDownLatch ready = new CountDownLatch(people.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<CompletableFuture<Attempt>> all = new ArrayList<>();
      for (Coaches.SignedIn who : people) {
        all.add(
            CompletableFuture.supplyAsync(
                () -> {
                  ready.countDown();
                  await(go);
                  long sent = System.nanoTime();
                  HttpResponse<String> answer = BookingApi.book(who, eventId);
                  long received = System.nanoTime();
                  // An error (say a 503 when no database connection came in time) may have no
                  // JSON body: it is kept as its status, for the assertions to name.
                  return new Attempt(
                      who,
                      sent,
                      received,
                      answer.statusCode(),
                      answer.body().startsWith("{") ? BookingApi.json(answer) : null);
                },
                pool));
      }
      await(ready);
      go.countDown();
      return all.stream().map(CompletableFuture::join).toList();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoHundredAttemptsOnTwentySeatsGiveTwentySeatsAndAnOrderedQueueOfTheRest() {
    long event = Events.open("Burst induction", 20, Duration.ofDays(10));
    List<Coaches.SignedIn> people = Coaches.signedIn(200);

    List<Attempt> attempts = burst(people, event);
    System.out.println("[bookings] 200 on 20 seats: " + BookingBurstBenchmark.Burst.of(attempts));

    List<Attempt> failed = attempts.stream().filter(a -> a.status() != 201).toList();
    assertTrue(failed.isEmpty(), "every attempt answered 201: " + failed);
    assertEquals(20, attempts.stream().filter(a -> status(a).equals("BOOKED")).count());
    List<Attempt> waiting =
        attempts.stream()
            .filter(a -> status(a).equals("WAITING"))
            .sorted(Comparator.comparingInt(a -> a.body().getInt("placeInQueue")))
            .toList();
    assertEquals(180, waiting.size());
    for (int i = 0; i < waiting.size(); i++) {
      assertEquals(i + 1, waiting.get(i).body().getInt("placeInQueue"), "queue places 1..180");
    }
    assertEquals("20", Sql.scalar("SELECT booked_count FROM event WHERE id = ?", event));
    assertEquals("180", Sql.scalar("SELECT waiting_count FROM event WHERE id = ?", event));
    assertEquals(
        "20",
        Sql.scalar("SELECT COUNT(*) FROM booking WHERE event_id = ? AND status = 'BOOKED'", event));
    // Queue places follow the order the database served the requests in (ids, request times) ...
    for (int i = 1; i < waiting.size(); i++) {
      long before = waiting.get(i - 1).body().getJsonNumber("id").longValue();
      long after = waiting.get(i).body().getJsonNumber("id").longValue();
      assertTrue(before < after, "place " + i + " was served before place " + (i + 1));
    }
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM booking a JOIN booking b ON a.event_id = b.event_id"
                + " AND a.id < b.id AND a.requested_at > b.requested_at WHERE a.event_id = ?",
            event),
        "ids and request times agree");
    // ... and that is arrival order: whoever had their answer before another asked is ahead.
    for (Attempt a : attempts) {
      for (Attempt b : attempts) {
        if (a.received() < b.sent()) {
          assertTrue(
              rank(b) == 0 ? rank(a) == 0 : rank(a) < rank(b),
              a + " answered before " + b + " asked, so is ahead");
        }
      }
    }
  }

  @Test
  void cancelsDuringNewAttemptsNeverOverfillAndPromoteInQueueOrder() throws Exception {
    int capacity = 10;
    long event = Events.open("Churn induction", capacity, Duration.ofDays(10));
    List<Coaches.SignedIn> seated = Coaches.signedIn(capacity);
    List<Coaches.SignedIn> queued = Coaches.signedIn(20);
    List<Coaches.SignedIn> late = Coaches.signedIn(20);
    List<Long> seatIds = new ArrayList<>();
    for (Coaches.SignedIn who : seated) {
      HttpResponse<String> answer = BookingApi.book(who, event);
      assertEquals("BOOKED", BookingApi.json(answer).getString("status"), answer.body());
      seatIds.add(BookingApi.json(answer).getJsonNumber("id").longValue());
    }
    List<Long> queueIds = new ArrayList<>();
    for (Coaches.SignedIn who : queued) {
      HttpResponse<String> answer = BookingApi.book(who, event);
      assertEquals("WAITING", BookingApi.json(answer).getString("status"), answer.body());
      queueIds.add(BookingApi.json(answer).getJsonNumber("id").longValue());
    }

    // While seats are given up and new people ask at once, a watcher reads the seats taken.
    AtomicBoolean running = new AtomicBoolean(true);
    ConcurrentLinkedQueue<String> overfilled = new ConcurrentLinkedQueue<>();
    Thread watcher =
        new Thread(
            () -> {
              while (running.get()) {
                String seats =
                    Sql.scalar(
                        "SELECT COUNT(*) FROM booking WHERE event_id = ? AND status = 'BOOKED'",
                        event);
                if (Integer.parseInt(seats) > capacity) {
                  overfilled.add(seats);
                }
              }
            });
    watcher.start();
    ExecutorService pool = Executors.newFixedThreadPool(capacity + late.size());
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < capacity; i++) {
      Coaches.SignedIn who = seated.get(i);
      long id = seatIds.get(i);
      answers.add(
          CompletableFuture.supplyAsync(
              () -> {
                await(go);
                return BookingApi.cancel(who, id);
              },
              pool));
    }
    for (Coaches.SignedIn who : late) {
      answers.add(
          CompletableFuture.supplyAsync(
              () -> {
                await(go);
                return BookingApi.book(who, event);
              },
              pool));
    }
    go.countDown();
    List<HttpResponse<String>> all = answers.stream().map(CompletableFuture::join).toList();
    pool.shutdown();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    running.set(false);
    watcher.join();

    assertTrue(overfilled.isEmpty(), "never more seats taken than " + capacity + ": " + overfilled);
    for (HttpResponse<String> answer : all) {
      assertTrue(answer.statusCode() == 204 || answer.statusCode() == 201, answer.body());
    }
    // Every freed seat went to the head of the queue, in queue order; nobody late jumped it.
    assertEquals(
        queueIds.subList(0, capacity).toString(),
        List.of(
                Sql.scalar(
                    "SELECT GROUP_CONCAT(id ORDER BY id SEPARATOR ', ') FROM booking"
                        + " WHERE event_id = ? AND status = 'BOOKED'",
                    event))
            .toString());
    // (seated_at is the request's time, taken before the lock, so it does not order them.)
    assertEquals(
        String.valueOf(capacity), Sql.scalar("SELECT booked_count FROM event WHERE id = ?", event));
    assertEquals("30", Sql.scalar("SELECT waiting_count FROM event WHERE id = ?", event));
    assertEquals(
        "30",
        Sql.scalar(
            "SELECT COUNT(*) FROM booking WHERE event_id = ? AND status = 'WAITING'", event));
  }

  private static String status(Attempt a) {
    return a.body().getString("status");
  }

  /** Seats before the queue, and the queue in order. */
  private static int rank(Attempt a) {
    return status(a).equals("BOOKED") ? 0 : a.body().getInt("placeInQueue");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new AssertionError("the start line was never reached");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
