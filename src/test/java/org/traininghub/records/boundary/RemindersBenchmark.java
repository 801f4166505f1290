package org.traininghub.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;

/**
 * The training record's reminder job at 10,000 coaches, the records of {@link
 * ComplianceBenchmark}'s (added with SQL to the running portal): a first run, which claims and
 * queues every reminder due, then runs with nothing new to send (what every later timer run costs),
 * each timed whole through the test-only probe. {@code mvn verify -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=RemindersBenchmark -Dhub.benchmark=reminders}
 * (see docs/performance.md; {@code -Dhub.benchmark=records} runs it and ComplianceBenchmark).
 */
@EnabledIfSystemProperty(named = "hub.benchmark", matches = "reminders|records")
class RemindersBenchmark {

  private static final String RUN = "/test-only/record-reminders?do=once";

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @AfterAll
  static void removeThem() {
    Sql.update("DELETE FROM mail_outbox WHERE recipient LIKE 'bench.compliance.%'");
    Sql.update("DELETE FROM account WHERE email LIKE 'bench.compliance.%'");
    Sql.update("DELETE FROM pcn WHERE name LIKE 'Bench compliance PCN %'");
  }

  @Test
  void tenThousandCoaches() {
    long loading = System.nanoTime();
    ComplianceBenchmark.load();
    System.out.printf(
        "[reminders benchmark] loaded %s coaches in %.1f s%n",
        Sql.scalar("SELECT COUNT(*) FROM account WHERE role = 'COACH'"),
        (System.nanoTime() - loading) / 1e9);

    long start = System.nanoTime();
    HttpResponse<String> first = run();
    double firstMs = (System.nanoTime() - start) / 1e6;
    assertEquals(200, first.statusCode(), first.body());
    int queued = Integer.parseInt(first.body().strip());
    assertTrue(queued > 1000, "reminders due for many of the coaches: " + queued);
    System.out.printf(
        "[reminders benchmark] first run: %d mails claimed and queued in %.0f ms (%s claims)%n",
        queued,
        firstMs,
        Sql.scalar(
            "SELECT COUNT(*) FROM record_reminder r JOIN account a ON a.id = r.coach_id"
                + " WHERE a.email LIKE 'bench.compliance.%'"));

    int runs = 5;
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long at = System.nanoTime();
      HttpResponse<String> again = run();
      ms[i] = (System.nanoTime() - at) / 1e6;
      assertEquals("0", again.body().strip(), "each reminder once per period");
    }
    Arrays.sort(ms);
    System.out.printf(
        "[reminders benchmark] a run with nothing new: median %.0f ms, worst %.0f ms of %d%n",
        ms[runs / 2], ms[runs - 1], runs);
  }

  /** One run of the job; a first run may take longer than {@code Http}'s 30 s. */
  private static HttpResponse<String> run() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(PortalStack.get().url(RUN)))
            .timeout(Duration.ofMinutes(10))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
