package org.traininghub.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * How long a first and a deep page take at 10,000 people and 2,000 catalogue items (issue 15): the
 * test stack, those rows added with recursive CTEs, then each address asked for 40 times by a
 * signed-in admin (so the public page cache plays no part), one at a time, after 10 warm-up
 * requests; the median and the 90th percentile. Not part of the build: run it with
 *
 * <pre>mvn verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=DeepPageBenchmark -Dhub.benchmark=deep-pages</pre>
 *
 * and put the figures in docs/performance.md ("Deep pages and search at 10,000 people").
 */
@EnabledIfSystemProperty(named = "hub.benchmark", matches = "deep-pages")
class DeepPageBenchmark {

  private static final int WARM_UP = 10;
  private static final int TIMED = 40;

  @Test
  void firstAndDeepPages() {
    addRows();
    WebClient admin = new WebClient();
    assertEquals(
        302, admin.signIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD).statusCode());
    StringBuilder report = new StringBuilder("\n| page | median | p90 |\n|---|---|---|\n");
    for (String page :
        List.of(
            "/admin/people/",
            "/admin/people/?page=401",
            "/admin/people/?q=okonkwo",
            "/admin/people/?q=okonkwo&page=20",
            "/catalogue/",
            "/catalogue/?page=100",
            "/catalogue/?q=decision",
            "/catalogue/?q=zzzz",
            "/api/catalogue?q=decision")) {
      for (int i = 0; i < WARM_UP; i++) {
        admin.get(page);
      }
      List<Double> millis = new ArrayList<>();
      for (int i = 0; i < TIMED; i++) {
        long start = System.nanoTime();
        HttpResponse<String> response = admin.get(page);
        millis.add((System.nanoTime() - start) / 1e6);
        assertEquals(200, response.statusCode(), page);
      }
      Collections.sort(millis);
      report.append(
          String.format(
              "| `%s` | %.1f ms | %.1f ms |%n",
              page, millis.get(TIMED / 2), millis.get(TIMED * 9 / 10)));
    }
    System.out.println("DEEP PAGES" + report);
  }

  /**
   * Numbers 1 to 10,000: a recursive CTE of 100 rows crossed with itself (MariaDB stops a recursion
   * at 1,000 rows, MySQL at 1,000 levels).
   */
  private static final String NUMBERS =
      " WITH RECURSIVE d (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < 99),"
          + " n (i) AS (SELECT a.i * 100 + b.i + 1 FROM d a CROSS JOIN d b)";

  /** 50 PCNs, 10,000 coaches over them, 2,000 catalogue items. */
  private static void addRows() {
    Sql.update(
        "INSERT INTO pcn (name, created_at, updated_at, version)"
            + NUMBERS
            + " SELECT CONCAT('Benchmark PCN ', i), NOW(6), NOW(6), 0 FROM n WHERE i <= 50");
    Sql.update(
        "INSERT INTO account (email, display_name, role, status, pcn_id, created_at, version)"
            + NUMBERS
            + " SELECT CONCAT('coach', i, '@bench.example'),"
            + " CONCAT(ELT(1 + i % 10, 'Ada', 'Ben', 'Chidi', 'Dana', 'Eve', 'Femi', 'Gita',"
            + " 'Hugo', 'Ines', 'Jon'), ' ', ELT(1 + (i DIV 10) % 10, 'Okonkwo', 'Smith', 'Patel',"
            + " 'Jones', 'Khan', 'Brown', 'Taylor', 'Wilson', 'Evans', 'Walker'), ' ', i),"
            + " 'COACH', 'ACTIVE',"
            + " (SELECT MIN(id) FROM pcn WHERE name LIKE 'Benchmark PCN %') + i % 50, NOW(6), 0"
            + " FROM n");
    Sql.update(
        "INSERT INTO catalogue_item (slug, kind, title, summary, provider, delivery_mode,"
            + " required_for_role, demo, created_at, updated_at, version)"
            + NUMBERS
            + " SELECT CONCAT('bench-', i),"
            + " ELT(1 + i % 5, 'ACCREDITED_COURSE', 'PCI_MODULE', 'ELEARNING', 'EVENT_SERIES',"
            + " 'RESOURCE'),"
            + " CONCAT(ELT(1 + i % 8, 'Health coaching', 'Shared decision making', 'Motivational"
            + " interviewing', 'Social prescribing', 'Personalised care', 'Behaviour change',"
            + " 'Supervision skills', 'Goal setting'), ' ', i),"
            + " CONCAT('A course on ', ELT(1 + i % 6, 'coaching conversations', 'care planning',"
            + " 'working with link workers', 'long-term conditions', 'supporting self-management',"
            + " 'group consultations'), ' for Health and Wellbeing Coaches in primary care.'),"
            + " ELT(1 + i % 7, 'Personalised Care Institute', 'e-Learning for Healthcare',"
            + " 'The hub', 'NHS England', 'Northbrook Training', 'Fenland Academy', 'Cam Coaching'),"
            + " ELT(1 + i % 4, 'FACE_TO_FACE', 'VIRTUAL', 'BLENDED', 'ONLINE'),"
            + " i % 9 = 0, FALSE, NOW(6), NOW(6), 0 FROM n WHERE i <= 2000");
  }
}
