package org.traininghub.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * The compliance report at 10,000 coaches over 50 PCNs, each with 20 records (14 completions in
 * every stage, 4 supervision sessions, a signature and a day of practice hours), added with SQL to
 * the running portal: the first page's response time and the full CSV's (and the XLSX's, and pages
 * filtered on statuses, which read the coaches' summaries once they are worked out), the median of
 * several after a warm-up. {@code mvn verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ComplianceBenchmark -Dhub.benchmark=compliance} (see docs/performance.md; {@code
 * records} runs it and {@link RemindersBenchmark}).
 */
@EnabledIfSystemProperty(named = "hub.benchmark", matches = "compliance|records")
class ComplianceBenchmark {

  private static final int COACHES = 10_000;
  private static final String PAGE = "/records/review/compliance.xhtml";

  /** Clients sending requests at once for the dashboard's throughput. */
  private static final int CLIENTS = 4;

  @AfterAll
  static void removeThem() {
    Sql.update("DELETE FROM account WHERE email LIKE 'bench.compliance.%'");
    Sql.update("DELETE FROM pcn WHERE name LIKE 'Bench compliance PCN %'");
  }

  @Test
  void tenThousandCoaches() {
    long loading = System.nanoTime();
    load();
    System.out.printf(
        "[compliance benchmark] loaded %s coaches, %s completions, %s sessions in %.1f s%n",
        Sql.scalar("SELECT COUNT(*) FROM account WHERE role = 'COACH'"),
        Sql.scalar("SELECT COUNT(*) FROM record_completion"),
        Sql.scalar("SELECT COUNT(*) FROM supervision_session"),
        (System.nanoTime() - loading) / 1e9);
    WebClient admin = new WebClient();
    assertEquals(
        302, admin.signIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD).statusCode());

    report("first page", 20, () -> admin.get(PAGE));
    report("page 200 by PCN", 10, () -> admin.get(PAGE + "?page=200&sort=pcn"));
    long summarising = System.nanoTime();
    assertEquals(200, admin.get(PAGE + "?overdue=true").statusCode());
    System.out.printf(
        "[compliance benchmark] overdue only, the first request (works out every coach's"
            + " summary): %.0f ms%n",
        (System.nanoTime() - summarising) / 1e6);
    report("overdue only, first page", 10, () -> admin.get(PAGE + "?overdue=true"));
    report("conditions not met, page 50", 10, () -> admin.get(PAGE + "?unmet=true&page=50"));
    HttpResponse<String> csv = admin.get("/records/review/compliance.csv");
    long lines = csv.body().lines().count();
    assertTrue(lines > COACHES, "every coach and the header: " + lines);
    report(
        "full CSV (" + lines + " lines, " + csv.body().length() / 1024 + " KiB)",
        5,
        () -> admin.get("/records/review/compliance.csv"));
    HttpResponse<byte[]> xlsx = admin.getBytes("/records/review/compliance.xlsx");
    report(
        "full XLSX (" + xlsx.body().length / 1024 + " KiB)",
        3,
        () -> admin.getBytes("/records/review/compliance.xlsx"));

    WebClient coach = new WebClient();
    assertEquals(302, coach.signIn(DemoPeople.COACH_EMAIL, DemoPeople.COACH_PASSWORD).statusCode());
    double file = throughput(() -> coach.get("/static/css/hub.css"));
    double dashboard = throughput(() -> coach.get("/records/"));
    System.out.printf(
        "[compliance benchmark] throughput, %d clients: the static file %.0f requests/s, the coach"
            + " dashboard (/records/) %.0f requests/s: %.0f%% of the static file's%n",
        CLIENTS, file, dashboard, 100 * dashboard / file);
  }

  /**
   * Requests per second that {@link #CLIENTS} clients, each sending the next request when the last
   * is answered, get through in 10 s, after 3 s of the same to warm up; every answer must be 200.
   */
  private static double throughput(Supplier<HttpResponse<?>> request) {
    for (long seconds : new long[] {3, 10}) {
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      List<Future<Integer>> counts = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        counts.add(
            pool.submit(
                () -> {
                  int n = 0;
                  while (System.nanoTime() < end) {
                    assertEquals(200, request.get().statusCode());
                    n++;
                  }
                  return n;
                }));
      }
      int total = 0;
      for (Future<Integer> count : counts) {
        try {
          total += count.get();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      pool.shutdown();
      if (seconds == 10) {
        return total / 10.0;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** Times {@code runs} requests after two for warming up; prints the median and the worst. */
  private static void report(String what, int runs, Supplier<HttpResponse<?>> request) {
    for (int i = 0; i < 2; i++) {
      assertEquals(200, request.get().statusCode(), what);
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      HttpResponse<?> answer = request.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
      assertEquals(200, answer.statusCode(), what);
    }
    Arrays.sort(ms);
    System.out.printf(
        "[compliance benchmark] %s: median %.0f ms, worst %.0f ms of %d%n",
        what, ms[runs / 2], ms[runs - 1], runs);
  }

  /** Adds the coaches and their records (also read by {@link RemindersBenchmark}). */
  static void load() {
    String digit =
        "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL"
            + " SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL"
            + " SELECT 8 UNION ALL SELECT 9)";
    // 1 to 10,000 (a recursive CTE stops at the server's max_recursive_iterations, 1,000 here).
    String numbers =
        "(SELECT 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d AS i FROM "
            + digit
            + " a, "
            + digit
            + " b, "
            + digit
            + " c, "
            + digit
            + " e) AS nums";
    Sql.update(
        "INSERT INTO pcn (name, created_at, updated_at, version) SELECT CONCAT('Bench compliance"
            + " PCN ', LPAD(i, 2, '0')), NOW(6), NOW(6), 0 FROM "
            + numbers
            + " WHERE i <= 50");
    Sql.update(
        "INSERT INTO account (email, display_name, role, status, pcn_id, created_at, version)"
            + " SELECT CONCAT('bench.compliance.', i, '@example.org'),"
            + " CONCAT(ELT(1 + i % 8, 'Alex', 'Bea', 'Cal', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal'),"
            + " ' Bench ', LPAD(i, 5, '0')), 'COACH', 'ACTIVE',"
            + " (SELECT id FROM pcn WHERE name = CONCAT('Bench compliance PCN ',"
            + " LPAD(1 + i % 50, 2, '0'))), NOW(6), 0 FROM "
            + numbers);
    Sql.update(
        "INSERT INTO coach_profile (account_id, started_on, working_pattern,"
            + " supervision_interval_weeks, first_contact, gp_supervisor, link_workers, updated_at)"
            + " SELECT id, CURRENT_DATE - INTERVAL (id % 900) DAY,"
            + " CASE WHEN id % 2 = 0 THEN 'FULL_TIME' ELSE 'PART_TIME' END,"
            + " CASE WHEN id % 2 = 1 THEN 6 END, CASE WHEN id % 3 > 0 THEN 'Dr First' END,"
            + " CASE WHEN id % 4 > 0 THEN 'Dr Gee' END, CASE WHEN id % 5 > 0 THEN 'Lee' END,"
            + " NOW(6) FROM account WHERE email LIKE 'bench.compliance.%'");
    Sql.update(
        "INSERT INTO record_completion (coach_id, requirement_id, stage, completed_on, hours,"
            + " recorded_at, verified_at, rejected_at)"
            + " SELECT a.id, r.id, ELT(1 + (a.id + k.k) % 3, 'ENROLLED', 'IN_PROGRESS',"
            + " 'COMPLETED'), CURRENT_DATE - INTERVAL ((a.id + k.k * 7) % 400) DAY, 2.5, NOW(6),"
            + " CASE WHEN (a.id + k.k) % 4 = 0 THEN NOW(6) END,"
            + " CASE WHEN (a.id + k.k) % 29 = 0 THEN NOW(6) END"
            + " FROM account a"
            + " JOIN (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3"
            + " UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7"
            + " UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11"
            + " UNION ALL SELECT 12 UNION ALL SELECT 13) k"
            + " JOIN requirement r ON r.code = ELT(1 + k.k % 8, 'A1', 'M1', 'M2', 'M3', 'E1',"
            + " 'E2', 'L1', 'L2')"
            + " WHERE a.email LIKE 'bench.compliance.%'");
    Sql.update(
        "INSERT INTO supervision_session (coach_id, held_on, kind, supervisor, minutes,"
            + " recorded_at) SELECT a.id, CURRENT_DATE - INTERVAL ((a.id % 60) + k.k * 30) DAY,"
            + " ELT(1 + k.k % 3, 'INDIVIDUAL', 'GROUP', 'MENTORING'), 'Sam Super', 60, NOW(6)"
            + " FROM account a JOIN (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2"
            + " UNION ALL SELECT 3) k WHERE a.email LIKE 'bench.compliance.%'");
    Sql.update(
        "INSERT INTO ethics_acknowledgement (coach_id, requirement_id, version, signed_at)"
            + " SELECT a.id, r.id, CASE WHEN a.id % 7 = 0 THEN '2023' ELSE"
            + " r.acknowledgement_version END, NOW(6) FROM account a JOIN requirement r"
            + " ON r.code = 'A2' WHERE a.email LIKE 'bench.compliance.%'");
    Sql.update(
        "INSERT INTO practice_hours (coach_id, worked_on, hours, recorded_at)"
            + " SELECT id, CURRENT_DATE - INTERVAL 5 DAY, 3, NOW(6) FROM account"
            + " WHERE email LIKE 'bench.compliance.%'");
  }
}
