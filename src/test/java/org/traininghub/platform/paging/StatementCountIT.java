package org.traininghub.platform.paging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.it.Http;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * Every list sends the same number of SQL statements per request whatever the number of rows (issue
 * 15): counted per request thread by the test-only {@code StatementCounter} (the mail dispatcher's
 * statements, on its own thread, are not counted), at the shipped data and again after many more
 * items, PCNs, coaches and audit entries are added with SQL (and removed again afterwards).
 */
class StatementCountIT {

  private static final String MARK = "Aa counted";
  private static final AtomicInteger REQUESTS = new AtomicInteger();

  @AfterAll
  static void removeTheAddedRows() {
    Sql.update("DELETE FROM catalogue_item WHERE slug LIKE 'aa-counted-%'");
    Sql.update("DELETE FROM account WHERE email LIKE 'aa-counted-%'");
    Sql.update("DELETE FROM pcn WHERE name LIKE 'Aa counted PCN %'");
    Sql.update("DELETE FROM audit_entry WHERE action = 'counted'");
    Sql.update("DELETE FROM event WHERE uid LIKE 'aa-counted-%'");
    Sql.update("DELETE FROM newsletter_subscriber WHERE email LIKE 'aa-counted-%'");
    Sql.update("DELETE FROM newsletter_campaign WHERE subject LIKE 'Aa counted %'");
    Sql.update("DELETE FROM mail_outbox WHERE idempotency_key LIKE 'aa-counted-%'");
  }

  @Test
  void statementsPerPageAreTheSameAtTwoDataSizes() {
    WebClient anonymous = new WebClient();
    WebClient admin = signedIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    WebClient lead = signedIn(DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD);
    Map<String, WebClient> pages = new LinkedHashMap<>();
    pages.put("/catalogue/?", anonymous);
    pages.put("/catalogue/?q=coaching&", anonymous);
    pages.put("/catalogue/?q=of+coaching&sort=title&", anonymous);
    pages.put("/api/catalogue?", anonymous);
    pages.put("/api/catalogue?q=coach&", anonymous);
    pages.put("/admin/people/?", admin);
    pages.put("/admin/people/?q=counted&", admin);
    pages.put("/admin/people/?role=COACH&", admin);
    pages.put("/admin/audit/?", admin);
    pages.put("/admin/newsletter/?", admin);
    pages.put("/admin/newsletter/?status=CONFIRMED&", admin);
    pages.put("/admin/newsletter/campaigns.xhtml?", admin);
    pages.put("/newsletter/archive/?", anonymous);
    pages.put("/admin/catalogue/?", admin);
    pages.put("/admin/mail/?", admin);
    pages.put("/admin/mail/?status=DEAD&", admin);
    pages.put("/admin/events/?", admin);
    pages.put("/pcn/?", lead);
    pages.put("/pcn/?q=counted&", lead);
    pages.put("/records/review/queue.xhtml?", admin);
    pages.put("/records/review/queue.xhtml?as=lead&", lead);
    pages.put("/events/?", anonymous);
    pages.put("/events/?kind=induction&online=no&", anonymous);
    pages.put("/api/events?", anonymous);
    pages.put("/api/events?kind=webinar&online=yes&", anonymous);
    pages.put("/records/review/compliance.xhtml?", admin);
    pages.put("/records/review/compliance.xhtml?q=counted&sort=pcn&dir=desc&", admin);
    pages.put("/records/review/compliance.xhtml?dir=desc&", lead);
    pages.put("/records/review/compliance.xhtml?overdue=true&", admin);
    pages.put("/records/review/compliance.xhtml?unmet=true&sort=pcn&", admin);
    pages.put("/records/review/compliance.xhtml?overdue=true&unmet=true&", lead);
    pages.put("/records/review/compliance.csv?", admin);
    pages.put("/records/review/compliance.xlsx?unmet=true&", admin);
    pages.put("/admin/records/?", admin);
    pages.put(
        "/admin/records/pathway.xhtml?id="
            + Sql.scalar("SELECT id FROM pathway WHERE role_code = 'HWBC'")
            + "&",
        admin);
    pages.put("/records/?", signedIn(DemoPeople.OTHER_COACH_EMAIL, DemoPeople.COACH_PASSWORD));

    addRows(1, 3);
    Map<String, List<String>> small = statements(pages);
    addRows(4, 150);
    Map<String, List<String>> large = statements(pages);

    assertTrue(
        admin.get("/admin/people/").body().contains(MARK + " 001"),
        "the added people are on the first page");
    assertEquals(
        counts(small),
        counts(large),
        "statements per request, a few rows vs many more; with many:\n" + large);
    assertOutboxPagesReadIndexesNotBodies(large.get("/admin/mail/?status=DEAD&"));
    assertEveryPageInOrder(admin);
    assertEveryDeadMessageInOrder(admin);
  }

  /**
   * Page after page, the people list shows every account once, in name order: the pages of its
   * second half are read from the end of the list (ListQuery) and must meet the first half's.
   */
  private static void assertEveryPageInOrder(WebClient admin) {
    int pages = (Integer.parseInt(Sql.scalar("SELECT COUNT(*) FROM account")) + 24) / 25;
    assertTrue(pages >= 6, "enough pages to read some from the end: " + pages);
    List<String> shown =
        shownOnEveryPage(
            admin,
            "/admin/people/?page=",
            pages,
            "#people tbody tr td:nth-child(2)",
            e -> e.text());
    String inOrder =
        Sql.scalar(
            "SELECT GROUP_CONCAT(email ORDER BY display_name, id SEPARATOR ' ') FROM account");
    assertEquals(List.of(inOrder.split(" ")), shown, "every account once, in name order");
  }

  /**
   * The outbox list of one status finds its page's ids in the index of that status and time (V41),
   * not by sorting the status's rows, and reads no message body: a body can be large, and the list
   * does not show it.
   */
  private static void assertOutboxPagesReadIndexesNotBodies(List<String> statements) {
    assertTrue(
        statements.stream().noneMatch(sql -> sql.contains("body_")),
        "no message body read for the list: " + statements);
    String ids =
        statements.stream()
            .filter(sql -> sql.startsWith("SELECT m.id FROM mail_outbox"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no statement of ids: " + statements));
    String plan = Sql.scalar("EXPLAIN FORMAT=JSON " + ids);
    assertTrue(
        plan.contains("\"key\": \"ix_mail_outbox_status_created\"") && !plan.contains("filesort"),
        "the page's ids read in order from the index of status and time: " + plan);
  }

  /**
   * Page after page, the outbox filtered by status shows every such message once, newest first: its
   * later pages are read from the end too, through the status's own index.
   */
  private static void assertEveryDeadMessageInOrder(WebClient admin) {
    int dead =
        Integer.parseInt(Sql.scalar("SELECT COUNT(*) FROM mail_outbox WHERE status = 'DEAD'"));
    int pages = (dead + 49) / 50;
    assertTrue(pages >= 3, "enough pages to read one from the end: " + pages);
    List<String> shown =
        shownOnEveryPage(
            admin,
            "/admin/mail/?status=DEAD&page=",
            pages,
            "#outbox tbody tr td:nth-child(3) a",
            link -> link.attr("href").replace("message.xhtml?id=", ""));
    String inOrder =
        Sql.scalar(
            "SELECT GROUP_CONCAT(id ORDER BY created_at DESC, id DESC SEPARATOR ' ')"
                + " FROM mail_outbox WHERE status = 'DEAD'");
    assertEquals(List.of(inOrder.split(" ")), shown, "every dead message once, newest first");
  }

  /**
   * What {@code selector} finds on pages 1 to {@code pages} of {@code address} (ending "page=").
   */
  private static List<String> shownOnEveryPage(
      WebClient client,
      String address,
      int pages,
      String selector,
      Function<Element, String> value) {
    List<String> shown = new ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      HttpResponse<String> response = client.get(address + page);
      assertEquals(200, response.statusCode(), address + page);
      Jsoup.parse(response.body()).select(selector).forEach(e -> shown.add(value.apply(e)));
    }
    return shown;
  }

  /** The statements of each page's second request (the first warms caches up). */
  private static Map<String, List<String>> statements(Map<String, WebClient> pages) {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    pages.forEach(
        (page, client) -> {
          statements(client, page);
          sent.put(page, statements(client, page));
        });
    return sent;
  }

  private static Map<String, Integer> counts(Map<String, List<String>> statements) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    statements.forEach((page, sent) -> counts.put(page, sent.size()));
    return counts;
  }

  private static List<String> statements(WebClient client, String page) {
    String key = "n" + REQUESTS.incrementAndGet();
    HttpResponse<String> response = client.get(page + "count-statements=" + key);
    assertEquals(200, response.statusCode(), page + ": " + response.body());
    AtomicReference<String> counted = new AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              HttpResponse<String> answer = Http.get("/test-only/statements?key=" + key);
              counted.set(answer.body());
              return answer.statusCode() == 200;
            });
    return counted.get().isEmpty() ? List.of() : List.of(counted.get().split("\n"));
  }

  private static WebClient signedIn(String email, String password) {
    WebClient client = new WebClient();
    assertEquals(302, client.signIn(email, password).statusCode(), "sign-in as " + email);
    return client;
  }

  /**
   * Rows numbered {@code from} to {@code to}: as many items, coaches (one in three in the lead's
   * PCN, with a profile; the others over 12 more PCNs; each with a completion awaiting
   * verification), audit entries (half by the admin) and upcoming published events (of each kind,
   * online or not) and dead messages in the outbox (a few a second apart, so that the newest first
   * order has ties broken by id as well as times).
   */
  private static void addRows(int from, int to) {
    String numbers =
        "(WITH RECURSIVE n (i) AS (SELECT "
            + from
            + " UNION ALL SELECT i + 1 FROM n WHERE i < "
            + to
            + ") SELECT i FROM n) AS nums";
    Sql.update(
        "INSERT INTO catalogue_item (slug, kind, title, summary, provider, delivery_mode,"
            + " required_for_role, demo, created_at, updated_at, version)"
            + " SELECT CONCAT('aa-counted-', i), 'RESOURCE', CONCAT('"
            + MARK
            + " coaching ', i),"
            + " 'Coaching practice for counting statements', 'Counted provider', 'ONLINE',"
            + " FALSE, FALSE, NOW(6), NOW(6), 0 FROM "
            + numbers);
    Sql.update(
        "INSERT INTO pcn (name, created_at, updated_at, version)"
            + " SELECT CONCAT('Aa counted PCN ', i), NOW(6), NOW(6), 0 FROM "
            + "(SELECT 1 + i % 12 AS i FROM "
            + numbers
            + ") AS wanted WHERE NOT EXISTS"
            + " (SELECT 1 FROM pcn WHERE name = CONCAT('Aa counted PCN ', wanted.i)) GROUP BY i");
    String leadPcn =
        Sql.scalar("SELECT pcn_id FROM account WHERE email = ?", DemoPeople.LEAD_EMAIL);
    Sql.update(
        "INSERT INTO account (email, display_name, role, status, pcn_id, created_at, version)"
            + " SELECT CONCAT('aa-counted-', i, '@example.org'),"
            + " CONCAT('"
            + MARK
            + " ', LPAD(i, 3, '0')), 'COACH', 'ACTIVE',"
            + " CASE WHEN i % 3 = 0 THEN ? ELSE"
            + " (SELECT id FROM pcn WHERE name = CONCAT('Aa counted PCN ', 1 + i % 12)) END,"
            + " NOW(6), 0 FROM "
            + numbers,
        Long.parseLong(leadPcn));
    Sql.update(
        "INSERT INTO newsletter_subscriber (email, name, status, created_at, version)"
            + " SELECT CONCAT('aa-counted-', i, '@example.org'), CONCAT('"
            + MARK
            + " ', i), CASE WHEN i % 2 = 0 THEN 'CONFIRMED' ELSE 'PENDING' END, NOW(6), 0 FROM "
            + numbers);
    Sql.update(
        "INSERT INTO newsletter_campaign (subject, body_html, body_text, topics, status,"
            + " started_at, created_at) SELECT CONCAT('"
            + MARK
            + " ', i), '<p>x</p>', 'x', 'HWBC_TRAINING',"
            + " CASE WHEN i % 2 = 0 THEN 'SENT' ELSE 'DRAFT' END, NOW(6), NOW(6) FROM "
            + numbers);
    Sql.update(
        "INSERT INTO newsletter_subscriber_topic (subscriber_id, topic)"
            + " SELECT id, 'HWBC_TRAINING' FROM newsletter_subscriber"
            + " WHERE email LIKE 'aa-counted-%' AND id NOT IN"
            + " (SELECT subscriber_id FROM newsletter_subscriber_topic)");
    Sql.update(
        "INSERT INTO coach_profile (account_id, practice, supervision_interval_weeks, updated_at)"
            + " SELECT id, 'Counted practice', 6, NOW(6) FROM account"
            + " WHERE email LIKE 'aa-counted-%' AND pcn_id = ?"
            + " AND id NOT IN (SELECT account_id FROM coach_profile)",
        Long.parseLong(leadPcn));
    Sql.update(
        "INSERT INTO record_completion (coach_id, requirement_id, stage, completed_on, hours,"
            + " recorded_at, recorded_by) SELECT a.id, r.id, 'COMPLETED',"
            + " CURRENT_DATE - INTERVAL 3 DAY, 2, NOW(6), a.id"
            + " FROM account a JOIN requirement r ON r.code IN ('M1', 'M2')"
            + " WHERE a.email LIKE 'aa-counted-%'"
            + " AND a.id NOT IN (SELECT coach_id FROM record_completion)");
    Sql.update(
        "INSERT INTO audit_entry (at, actor_id, action, subject)"
            + " SELECT NOW(6), CASE WHEN i % 2 = 0 THEN ? END, 'counted', CONCAT('row ', i) FROM "
            + numbers,
        Long.parseLong(
            Sql.scalar("SELECT id FROM account WHERE email = ?", PortalStack.ADMIN_EMAIL)));
    Sql.update(
        "INSERT INTO event (uid, kind, title, description_html, starts_at, ends_at,"
            + " booking_deadline, online, venue_name, venue_address, joining_url, capacity,"
            + " organiser_name, organiser_email, status, published_at, created_at, updated_at)"
            + " SELECT CONCAT('aa-counted-', i), ELT(1 + i % 4, 'INDUCTION', 'WEBINAR',"
            + " 'SHARE_AND_LEARN', 'WORKSHOP'), CONCAT('"
            + MARK
            + " event ', i), '', UTC_TIMESTAMP(6) + INTERVAL i DAY,"
            + " UTC_TIMESTAMP(6) + INTERVAL i DAY + INTERVAL 2 HOUR,"
            + " UTC_TIMESTAMP(6) + INTERVAL i DAY - INTERVAL 1 HOUR, i % 2 = 0,"
            + " CASE WHEN i % 2 = 1 THEN 'Counted venue' END,"
            + " CASE WHEN i % 2 = 1 THEN '1 Counted Street' END,"
            + " CASE WHEN i % 2 = 0 THEN 'https://meet.example.org/counted' END, 20,"
            + " 'Counted organiser', 'counted@example.org', 'PUBLISHED', NOW(6), NOW(6), NOW(6)"
            + " FROM "
            + numbers);
    Sql.update(
        "INSERT INTO mail_outbox (idempotency_key, message_id, recipient, subject, body_text,"
            + " body_html, headers, lane, status, attempts, next_attempt_at, created_at,"
            + " last_error) SELECT CONCAT('aa-counted-', i), CONCAT('<aa-counted-', i,"
            + " '@traininghub.example>'), CONCAT('aa-counted-', i, '@example.org'), CONCAT('"
            + MARK
            + " mail ', i), 'x', '<p>x</p>', '', 'TRANSACTIONAL', 'DEAD', 5, NULL,"
            + " UTC_TIMESTAMP(6) - INTERVAL (i DIV 3) SECOND, 'Counted refusal' FROM "
            + numbers);
  }
}
