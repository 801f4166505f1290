package org.traininghub.platform.paging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.traininghub.launch.Directories;
import org.traininghub.launch.EmbeddedDatabase;

/**
 * What a first and a deep page of the people and catalogue lists cost in the database at 10,000
 * coaches over 50 PCNs and 2,000 catalogue items (issue 15), before and after the change to {@link
 * ListQuery} and the full-text indexes: a fresh MariaDB 11.4 migrated to V14, the rows added with
 * recursive CTEs, the statements the portal sent before (as EclipseLink wrote them, with the
 * lazy-loaded PCN of each PCN on the page) timed; then migrated to V16 and the statements it sends
 * now timed. Each page's statements run 40 times after 10 warm-up runs, over JDBC on loopback; the
 * median and the 90th percentile. Not part of the build: run it with
 *
 * <pre>mvn test -Dtest=DeepPageSqlBenchmark -Dhub.benchmark=deep-pages</pre>
 *
 * and put the figures in docs/performance.md ("Deep pages and search at 10,000 people").
 */
@EnabledIfSystemProperty(named = "hub.benchmark", matches = "deep-pages")
class DeepPageSqlBenchmark {

  private static final int WARM_UP = 10;
  private static final int TIMED = 40;

  /** Numbers 1 to 10,000 (MariaDB stops a recursion at 1,000 rows): 100 crossed with 100. */
  private static final String NUMBERS =
      " WITH RECURSIVE d (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < 99),"
          + " n (i) AS (SELECT a.i * 100 + b.i + 1 FROM d a CROSS JOIN d b)";

  private static final String ACCOUNT_COLUMNS =
      "t0.ID, t0.created_at, t0.display_name, t0.EMAIL, t0.NEWSLETTER, t0.password_changed_at,"
          + " t0.password_hash, t0.ROLE, t0.sessions_valid_after, t0.STATUS, t0.VERSION,"
          + " t0.pcn_id";
  private static final String PROFILE_COLUMNS =
      "t2.account_id, t2.coaching_supervisor, t2.first_contact, t2.gp_supervisor,"
          + " t2.link_workers, t2.PRACTICE, t2.started_on, t2.supervision_interval_weeks,"
          + " t2.updated_at, t2.working_pattern";
  private static final String ITEM_COLUMNS =
      "ID, accreditation_valid_until, created_at, delivery_mode, DEMO, external_url,"
          + " funding_note, KIND, length_days, length_hours, PROVIDER, required_for_role,"
          + " retired_at, SLUG, SUMMARY, TITLE, updated_at, VERSION";
  private static final String OLD_ITEM_WORD =
      "(TITLE LIKE ? ESCAPE '!' OR SUMMARY LIKE ? ESCAPE '!' OR PROVIDER LIKE ? ESCAPE '!')";
  private static final String OLD_NAME_OR_EMAIL =
      "(LOWER(t0.display_name) LIKE ? ESCAPE '!' OR t0.EMAIL LIKE ? ESCAPE '!')";
  private static final String MATCH_ITEM =
      "MATCH (i.title, i.summary, i.provider) AGAINST (? IN BOOLEAN MODE)";
  private static final String MATCH_PERSON =
      "MATCH (a.display_name, a.email) AGAINST (? IN BOOLEAN MODE)";

  private final StringBuilder report =
      new StringBuilder("\n| list | before: median, p90 | after: median, p90 |\n|---|---|---|\n");
  private final List<String> before = new ArrayList<>();

  @Test
  void firstAndDeepPages() throws Exception {
    Path home = Path.of("target/benchmark-deep-pages");
    Directories.deleteRecursively(home);
    Files.createDirectories(home);
    try (EmbeddedDatabase database = EmbeddedDatabase.start(home, 0)) {
      migrate(database, "14");
      try (Connection c = database.connect()) {
        addRows(c);
        before.add(time(c, () -> oldPeople(c, "", 1)));
        before.add(time(c, () -> oldPeople(c, "", 400)));
        before.add(time(c, () -> oldPeople(c, "okonkwo", 1)));
        before.add(time(c, () -> oldPeople(c, "okonkwo", 40)));
        before.add(time(c, () -> oldCatalogue(c, null, 1)));
        before.add(time(c, () -> oldCatalogue(c, null, 100)));
        before.add(time(c, () -> oldCatalogue(c, "decision", 1)));
        before.add(time(c, () -> oldCatalogue(c, "zzzq", 1)));
      }
      migrate(database, "16");
      try (Connection c = database.connect()) {
        row("`/admin/people/`", 0, time(c, () -> newPeople(c, null, 1)));
        row("`/admin/people/?page=400`", 1, time(c, () -> newPeople(c, null, 400)));
        row("`/admin/people/?q=okonkwo`", 2, time(c, () -> newPeople(c, "okonkwo", 1)));
        row("`/admin/people/?q=okonkwo&page=40`", 3, time(c, () -> newPeople(c, "okonkwo", 40)));
        row("`/catalogue/`", 4, time(c, () -> newCatalogue(c, null, 1)));
        row("`/catalogue/?page=100`", 5, time(c, () -> newCatalogue(c, null, 100)));
        row("`/catalogue/?q=decision`", 6, time(c, () -> newCatalogue(c, "decision", 1)));
        row("`/catalogue/?q=zzzq` (no match)", 7, time(c, () -> newCatalogue(c, "zzzq", 1)));
      }
    }
    System.out.println("DEEP PAGES" + report);
  }

  private void row(String list, int n, String after) {
    report.append("| ").append(list).append(" | ").append(before.get(n)).append(" | ");
    report.append(after).append(" |\n");
  }

  private static void migrate(EmbeddedDatabase database, String version) {
    Flyway.configure()
        .dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)
        .locations("classpath:db/migration")
        .target(version)
        .load()
        .migrate();
  }

  interface Page {
    void read() throws Exception;
  }

  private static String time(Connection c, Page page) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      page.read();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < TIMED; i++) {
      long start = System.nanoTime();
      page.read();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(millis);
    return String.format("%.2f ms, %.2f ms", millis.get(TIMED / 2), millis.get(TIMED * 9 / 10));
  }

  /** The old /admin/people/: count, the page with profiles, then each PCN on it (lazy). */
  private static void oldPeople(Connection c, String words, int page) throws Exception {
    String pattern = "%" + words + "%";
    rows(c, "SELECT COUNT(t0.ID) FROM account t0 WHERE " + OLD_NAME_OR_EMAIL, pattern, pattern);
    List<List<Object>> people =
        rows(
            c,
            "SELECT "
                + ACCOUNT_COLUMNS
                + ", "
                + PROFILE_COLUMNS
                + " FROM account t0 LEFT OUTER JOIN coach_profile t2 ON (t2.account_id = t0.ID)"
                + " WHERE "
                + OLD_NAME_OR_EMAIL
                + " ORDER BY t0.display_name, t0.ID LIMIT ?, ?",
            pattern,
            pattern,
            (page - 1) * 25,
            25);
    Set<Object> pcns = new LinkedHashSet<>();
    people.forEach(p -> pcns.add(p.get(11)));
    for (Object pcn : pcns) {
      rows(
          c,
          "SELECT ID, created_at, NAME, ods_code, retired_at, updated_at, VERSION FROM pcn"
              + " WHERE (ID = ?)",
          pcn);
    }
  }

  /** /admin/people/ now: count, the page's ids, those accounts with PCN and profile. */
  private static void newPeople(Connection c, String word, int page) throws Exception {
    String where = word == null ? "" : " WHERE " + MATCH_PERSON;
    Object[] values = word == null ? new Object[0] : new Object[] {"+" + word + "*"};
    rows(c, "SELECT COUNT(*) FROM account a" + where, values);
    List<Object> ids = new ArrayList<>(List.of(values));
    ids.add(25);
    ids.add((page - 1) * 25);
    List<List<Object>> page1 =
        rows(
            c,
            "SELECT a.id FROM account a"
                + where
                + " ORDER BY a.display_name, a.id LIMIT ? OFFSET ?",
            ids.toArray());
    rows(
        c,
        "SELECT "
            + ACCOUNT_COLUMNS
            + ", t1.ID, t1.created_at, t1.NAME, t1.ods_code, t1.retired_at, t1.updated_at,"
            + " t1.VERSION, "
            + PROFILE_COLUMNS
            + " FROM account t0 LEFT OUTER JOIN pcn t1 ON (t1.ID = t0.pcn_id)"
            + " LEFT OUTER JOIN coach_profile t2 ON (t2.account_id = t0.ID) WHERE (t0.ID IN ("
            + in(page1)
            + "))");
  }

  /** The old catalogue: count and page with LIKE over three columns. */
  private static void oldCatalogue(Connection c, String word, int page) throws Exception {
    String where = " WHERE retired_at IS NULL" + (word == null ? "" : " AND " + OLD_ITEM_WORD);
    String p = "%" + word + "%";
    Object[] values = word == null ? new Object[0] : new Object[] {p, p, p};
    rows(c, "SELECT COUNT(ID) FROM catalogue_item" + where, values);
    List<Object> all = new ArrayList<>(List.of(values));
    all.add((page - 1) * 20);
    all.add(20);
    rows(
        c,
        "SELECT "
            + ITEM_COLUMNS
            + " FROM catalogue_item"
            + where
            + " ORDER BY TITLE, ID LIMIT ?, ?",
        all.toArray());
  }

  /** The catalogue now: count, ids (best match first for a search), the items of those ids. */
  private static void newCatalogue(Connection c, String word, int page) throws Exception {
    String where = " WHERE i.retired_at IS NULL" + (word == null ? "" : " AND " + MATCH_ITEM);
    Object[] values = word == null ? new Object[0] : new Object[] {"+" + word + "*"};
    rows(c, "SELECT COUNT(*) FROM catalogue_item i" + where, values);
    List<Object> all = new ArrayList<>(List.of(values));
    if (word != null) {
      all.add("+" + word + "*");
    }
    all.add(20);
    all.add((page - 1) * 20);
    List<List<Object>> ids =
        rows(
            c,
            "SELECT i.id FROM catalogue_item i"
                + where
                + (word == null
                    ? " ORDER BY i.title, i.id"
                    : " ORDER BY " + MATCH_ITEM + " DESC, i.id DESC")
                + " LIMIT ? OFFSET ?",
            all.toArray());
    if (!ids.isEmpty()) {
      rows(c, "SELECT " + ITEM_COLUMNS + " FROM catalogue_item WHERE (ID IN (" + in(ids) + "))");
    }
  }

  private static String in(List<List<Object>> ids) {
    return ids.stream().map(r -> r.get(0).toString()).collect(Collectors.joining(","));
  }

  private static List<List<Object>> rows(Connection c, String sql, Object... values)
      throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(r.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /** 50 PCNs, 10,000 coaches over them (some with a profile), 2,000 catalogue items. */
  private static void addRows(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO pcn (name, created_at, updated_at, version)"
              + NUMBERS
              + " SELECT CONCAT('Benchmark PCN ', i), NOW(6), NOW(6), 0 FROM n WHERE i <= 50");
      s.executeUpdate(
          "INSERT INTO account (email, display_name, role, status, pcn_id, created_at, version)"
              + NUMBERS
              + " SELECT CONCAT('coach', i, '@bench.example'),"
              + " CONCAT(ELT(1 + i % 10, 'Ada', 'Ben', 'Chidi', 'Dana', 'Eve', 'Femi', 'Gita',"
              + " 'Hugo', 'Ines', 'Jon'), ' ', ELT(1 + (i DIV 10) % 10, 'Okonkwo', 'Smith',"
              + " 'Patel', 'Jones', 'Khan', 'Brown', 'Taylor', 'Wilson', 'Evans', 'Walker'),"
              + " ' ', i), 'COACH', 'ACTIVE',"
              + " (SELECT MIN(id) FROM pcn) + i % 50, NOW(6), 0 FROM n");
      s.executeUpdate(
          "INSERT INTO coach_profile (account_id, practice, supervision_interval_weeks,"
              + " updated_at) SELECT id, 'A practice', 6, NOW(6) FROM account WHERE id % 3 = 0");
      s.executeUpdate(
          "INSERT INTO catalogue_item (slug, kind, title, summary, provider, delivery_mode,"
              + " required_for_role, demo, created_at, updated_at, version)"
              + NUMBERS
              + " SELECT CONCAT('bench-', i),"
              + " ELT(1 + i % 5, 'ACCREDITED_COURSE', 'PCI_MODULE', 'ELEARNING', 'EVENT_SERIES',"
              + " 'RESOURCE'),"
              + " CONCAT(ELT(1 + i % 8, 'Health coaching', 'Shared decision making',"
              + " 'Motivational interviewing', 'Social prescribing', 'Personalised care',"
              + " 'Behaviour change', 'Supervision skills', 'Goal setting'), ' ', i),"
              + " CONCAT('A course on ', ELT(1 + i % 6, 'coaching conversations', 'care planning',"
              + " 'working with link workers', 'long-term conditions',"
              + " 'supporting self-management', 'group consultations'),"
              + " ' for Health and Wellbeing Coaches in primary care.'),"
              + " ELT(1 + i % 7, 'Personalised Care Institute', 'e-Learning for Healthcare',"
              + " 'The hub', 'NHS England', 'Northbrook Training', 'Fenland Academy',"
              + " 'Cam Coaching'), ELT(1 + i % 4, 'FACE_TO_FACE', 'VIRTUAL', 'BLENDED', 'ONLINE'),"
              + " i % 9 = 0, FALSE, NOW(6), NOW(6), 0 FROM n WHERE i <= 2000");
      s.execute("ANALYZE TABLE account, catalogue_item, coach_profile, pcn");
    }
  }
}
