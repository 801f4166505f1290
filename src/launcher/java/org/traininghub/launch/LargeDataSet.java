package org.traininghub.launch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A realistic large data set for the embedded default, ten times the shipped size: 2,000 catalogue
 * items (a mix of kinds, providers, delivery modes and descriptions like the shipped ones) and
 * 10,000 coaches over 50 PCNs (the two demo PCNs and 48 more), three in four with a profile. It is
 * written by a few {@code INSERT … SELECT} statements over a generated row series, so loading takes
 * seconds, and every coach shares one precomputed password hash (the demo coach's: they sign in
 * with {@code demo-coach-password}).
 *
 * <p>{@code mvn -Plarge-data package} loads it into the quick start's database (stop the quick
 * start first: its files are in use while it runs); {@code -Dhub.large-data=remove} removes it
 * again. Only what it added goes: items whose slug starts {@code sample-}, accounts at {@code
 * sample.traininghub.example}, PCNs named "… PCN (sample)". Loading removes an earlier load first.
 *
 * <p>Each {@link Part} loads and removes one kind of row; bookings, training records and
 * subscribers are further parts, added to {@link #PARTS} in the order they depend on each other.
 */
public final class LargeDataSet {

  /** One kind of row of the data set: how to add it and how to remove exactly what was added. */
  interface Part {
    String describe();

    /** The tables it writes, whose statistics are recomputed after a load or a removal. */
    List<String> tables();

    void load(Connection db) throws SQLException;

    /** Removes what {@link #load} added; answers how many rows went. */
    int remove(Connection db) throws SQLException;
  }

  public static final int ITEMS = 2_000;
  public static final int COACHES = 10_000;
  public static final int PCNS = 50;

  static final String EMAIL_DOMAIN = "sample.traininghub.example";
  static final String SLUG_PREFIX = "sample-";
  static final String PCN_SUFFIX = " PCN (sample)";

  /** Loaded in this order, removed in the reverse. */
  static final List<Part> PARTS = List.of(new Pcns(), new Coaches(), new CatalogueItems());

  private LargeDataSet() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(System.getProperty("hub.launcher.home", defaultHome()));
    String action = System.getProperty("hub.large-data", "load");
    EmbeddedDatabase database = EmbeddedDatabase.start(home, 0);
    try (Connection db = database.connect()) {
      if (action.equals("remove")) {
        remove(db);
      } else if (action.equals("load")) {
        load(db);
      } else {
        throw new IllegalArgumentException(
            "-Dhub.large-data is load (the default) or remove, not " + action);
      }
    } finally {
      database.stop();
    }
  }

  /** Removes an earlier load, then adds every part; prints what it did and how long it took. */
  public static void load(Connection db) throws SQLException {
    requireSchema(db);
    remove(db);
    for (Part part : PARTS) {
      long start = System.nanoTime();
      part.load(db);
      System.out.printf(
          "Loaded %s in %d ms%n", part.describe(), (System.nanoTime() - start) / 1_000_000);
    }
    analyze(db);
  }

  /** Removes what {@link #load} added, and nothing else. */
  public static void remove(Connection db) throws SQLException {
    requireSchema(db);
    for (int i = PARTS.size() - 1; i >= 0; i--) {
      Part part = PARTS.get(i);
      int removed = part.remove(db);
      if (removed > 0) {
        System.out.printf("Removed %d rows of the %s%n", removed, part.describe());
      }
    }
    analyze(db);
  }

  /**
   * Recomputes the optimizer's statistics of every table the parts write ({@code ANALYZE TABLE},
   * MySQL and MariaDB alike). InnoDB recomputes them by itself only once a tenth of a table's rows
   * changed since the last time, in the background and not reliably for one {@code INSERT … SELECT}
   * of thousands of rows: after a load the statistics still said 13 catalogue items and 30
   * accounts, and the optimizer read the whole table to fetch a page's 20 rows by primary key.
   */
  static void analyze(Connection db) throws SQLException {
    String tables =
        PARTS.stream().flatMap(part -> part.tables().stream()).collect(Collectors.joining(", "));
    try (Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery("ANALYZE TABLE " + tables)) {
      while (result.next()) {
        if ("error".equalsIgnoreCase(result.getString("Msg_type"))) {
          throw new SQLException(
              "ANALYZE TABLE " + result.getString("Table") + ": " + result.getString("Msg_text"));
        }
      }
    }
  }

  private static void requireSchema(Connection db) throws SQLException {
    try (ResultSet tables = db.getMetaData().getTables(db.getCatalog(), null, "account", null)) {
      if (!tables.next()) {
        throw new IllegalStateException(
            "The embedded database has no tables yet. Start the quick start once (mvn -Prun"
                + " package) so that it creates them and the demo data, stop it with Ctrl+C, then"
                + " run this again.");
      }
    }
  }

  /** Numbers 1 to {@code count} as a derived table {@code nums(n)} (MySQL and MariaDB alike). */
  static String numbers(int count) {
    String digits =
        IntStream.range(0, 10)
            .mapToObj(d -> "SELECT " + d + " AS d")
            .collect(Collectors.joining(" UNION ALL ", "(", ")"));
    return "(SELECT n FROM (SELECT 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d AS n FROM "
        + digits
        + " a CROSS JOIN "
        + digits
        + " b CROSS JOIN "
        + digits
        + " c CROSS JOIN "
        + digits
        + " e) series WHERE n <= "
        + count
        + ") nums";
  }

  /**
   * {@code ELT(1 + (expression) % values, 'v1', 'v2', …)}: one of the values, chosen by a number.
   */
  static String pick(String expression, List<String> values) {
    return "ELT(1 + ("
        + expression
        + ") % "
        + values.size()
        + ", "
        + values.stream()
            .map(v -> "'" + v.replace("'", "''") + "'")
            .collect(Collectors.joining(", "))
        + ")";
  }

  static int update(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      return statement.executeUpdate(sql);
    }
  }

  private static String defaultHome() {
    return Path.of(System.getProperty("user.home"), ".training-hub").toString();
  }

  /** 48 PCNs named after places of the region; with the two demo PCNs, 50. */
  static final class Pcns implements Part {

    static final List<String> PLACES =
        List.of(
            "Wisbech",
            "March",
            "Chatteris",
            "Whittlesey",
            "Ely North",
            "Ely South",
            "Soham",
            "Littleport",
            "Huntingdon",
            "St Ives",
            "St Neots",
            "Ramsey",
            "Sawtry",
            "Godmanchester",
            "Cambridge City",
            "Cambridge East",
            "Cherry Hinton",
            "Trumpington",
            "Histon",
            "Cottenham",
            "Sawston",
            "Linton",
            "Royston",
            "Peterborough Central",
            "Peterborough North",
            "Peterborough South",
            "Thorney",
            "Yaxley",
            "Stamford",
            "Oakham",
            "King's Lynn",
            "Downham Market",
            "Swaffham",
            "Thetford",
            "Newmarket",
            "Haverhill",
            "Bury St Edmunds",
            "Mildenhall",
            "Brandon",
            "Saffron Walden",
            "Bourn",
            "Cambourne",
            "Papworth",
            "Kimbolton",
            "Oundle",
            "Corby",
            "Kettering",
            "Wellingborough");

    @Override
    public List<String> tables() {
      return List.of("pcn");
    }

    @Override
    public String describe() {
      return PLACES.size() + " PCNs";
    }

    @Override
    public void load(Connection db) throws SQLException {
      String sql =
          "INSERT INTO pcn (name, ods_code, created_at, updated_at, version)"
              + " SELECT CONCAT("
              + pick("n - 1", PLACES)
              + ", '"
              + PCN_SUFFIX
              + "'), NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0 FROM "
              + numbers(PLACES.size());
      update(db, sql);
    }

    @Override
    public int remove(Connection db) throws SQLException {
      return update(db, "DELETE FROM pcn WHERE name LIKE '%" + PCN_SUFFIX + "'");
    }
  }

  /** 10,000 coaches spread evenly over the sample and demo PCNs; three in four have a profile. */
  static final class Coaches implements Part {

    static final List<String> FIRST =
        List.of(
            "Amelia",
            "Oliver",
            "Priya",
            "Mohammed",
            "Grace",
            "Tomasz",
            "Chloe",
            "Daniel",
            "Aisha",
            "James",
            "Sophie",
            "Kwame",
            "Hannah",
            "Ravi",
            "Emily",
            "Liam",
            "Fatima",
            "Jack",
            "Olivia",
            "Arjun",
            "Megan",
            "Samuel",
            "Zara",
            "Thomas",
            "Niamh",
            "Adebayo",
            "Lucy",
            "Harry",
            "Ewa",
            "George",
            "Isla",
            "Yusuf",
            "Ruth",
            "Callum",
            "Mei",
            "Rhys",
            "Esther",
            "Connor",
            "Anita",
            "Owen");

    static final List<String> LAST =
        List.of(
            "Smith",
            "Jones",
            "Okonkwo",
            "Patel",
            "Williams",
            "Brown",
            "Khan",
            "Taylor",
            "Davies",
            "Nowak",
            "Evans",
            "Wilson",
            "Thomas",
            "Roberts",
            "Ahmed",
            "Johnson",
            "Walker",
            "Wright",
            "Robinson",
            "Thompson",
            "Mensah",
            "White",
            "Hughes",
            "Edwards",
            "Green",
            "Hall",
            "Singh",
            "Wood",
            "Harris",
            "Lewis",
            "Martin",
            "Jackson",
            "Clarke",
            "Clark",
            "Turner",
            "Hill",
            "Scott",
            "Cooper",
            "Morris",
            "Ward",
            "Moore",
            "King",
            "Watson",
            "Baker",
            "Harrison",
            "Morgan",
            "Adeyemi",
            "Young",
            "Allen",
            "Chen");

    static final List<String> PRACTICES =
        List.of(
            "Riverside Surgery",
            "Market Street Practice",
            "The Orchard Medical Centre",
            "Northgate Health Centre",
            "Fenland Group Practice",
            "Church Lane Surgery",
            "Parkside Medical Practice",
            "Old School Surgery",
            "Meadowbank Health Centre",
            "Station Road Practice",
            "The Willows Surgery",
            "Priory Fields Surgery");

    @Override
    public List<String> tables() {
      return List.of("account", "coach_profile");
    }

    @Override
    public String describe() {
      return COACHES + " coaches";
    }

    @Override
    public void load(Connection db) throws SQLException {
      String hash = demoCoachHash(db);
      int pcns;
      String pcnFilter =
          "name LIKE '%"
              + PCN_SUFFIX
              + "' OR name IN ('North Fenland PCN (demo)',"
              + " 'South Cambridge PCN (demo)')";
      try (Statement s = db.createStatement();
          ResultSet r = s.executeQuery("SELECT COUNT(*) FROM pcn WHERE " + pcnFilter)) {
        r.next();
        pcns = r.getInt(1);
      }
      String sql =
          "INSERT INTO account (email, display_name, password_hash, role, created_at, version,"
              + " status, newsletter, pcn_id)"
              + " SELECT CONCAT('coach', LPAD(nums.n, 5, '0'), '@"
              + EMAIL_DOMAIN
              + "'), CONCAT("
              + pick("nums.n", FIRST)
              + ", ' ', "
              + pick("nums.n DIV " + FIRST.size(), LAST)
              + "), ?, 'COACH', UTC_TIMESTAMP(6) - INTERVAL nums.n MINUTE, 0, 'ACTIVE',"
              + " nums.n % 3 = 0, p.id FROM "
              + numbers(COACHES)
              + " JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM pcn WHERE "
              + pcnFilter
              + ") p ON p.k = nums.n % "
              + pcns;
      try (PreparedStatement insert = db.prepareStatement(sql)) {
        insert.setString(1, hash);
        insert.executeUpdate();
      }
      update(
          db,
          "INSERT INTO coach_profile (account_id, practice, started_on, working_pattern,"
              + " supervision_interval_weeks, updated_at) SELECT id, "
              + pick("id", PRACTICES)
              + ", CURRENT_DATE - INTERVAL (id % 900) DAY, IF(id % 3 = 0, 'PART_TIME',"
              + " 'FULL_TIME'), 4 + id % 10, UTC_TIMESTAMP(6) FROM account WHERE email LIKE '%@"
              + EMAIL_DOMAIN
              + "' AND id % 4 <> 0");
    }

    private static String demoCoachHash(Connection db) throws SQLException {
      try (PreparedStatement s =
          db.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
        s.setString(1, "coach@demo.traininghub.example");
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            throw new IllegalStateException(
                "The demo coach is missing, so there is no password hash to share: run the quick"
                    + " start (mvn -Prun package) once on the embedded default, which loads the"
                    + " demo data, then run this again.");
          }
          return r.getString(1);
        }
      }
    }

    @Override
    public int remove(Connection db) throws SQLException {
      // Profiles, tokens and queued mail of these accounts go with them (ON DELETE CASCADE).
      return update(db, "DELETE FROM account WHERE email LIKE '%@" + EMAIL_DOMAIN + "'");
    }
  }

  /** 2,000 items: accredited courses, e-learning, events, resources and modules on 20 topics. */
  static final class CatalogueItems implements Part {

    static final List<String> TOPICS =
        List.of(
            "Health coaching skills",
            "Motivational interviewing",
            "Shared decision making",
            "Personalised care and support planning",
            "Social prescribing in practice",
            "Behaviour change techniques",
            "Supporting people with long-term conditions",
            "Diabetes prevention conversations",
            "Weight management conversations",
            "Mental wellbeing and low mood",
            "Safeguarding adults",
            "Working with carers",
            "Health literacy",
            "Group consultations",
            "Supervision and reflective practice",
            "Physical activity conversations",
            "Smoking cessation brief advice",
            "Frailty and healthy ageing",
            "Digital tools for coaching",
            "Trauma-informed practice");

    static final List<String> LEVELS =
        List.of(
            "introduction", "foundation", "practitioner", "advanced", "refresher", "masterclass");

    static final List<String> PROVIDERS =
        List.of(
            "Example Coaching Academy (sample)", "Fenland Health Skills (sample)",
            "Eastern Personalised Care Partnership (sample)", "Wellbeing Works Training (sample)",
            "The Coaching Collective (sample)", "Primary Care Learning Network (sample)",
            "Community Voices CIC (sample)", "Cambridge Health Coaching School (sample)",
            "Norfolk and Waveney Training Hub (sample)", "Peterborough Wellbeing College (sample)",
            "Active Lives Foundation (sample)", "Practice Development Associates (sample)",
            "Lifestyle Medicine Institute (sample)", "Carers Trust East (sample)",
            "Digital Health Skills (sample)", "Reflective Practice Partners (sample)");

    static final List<String> OPENINGS =
        List.of(
            "Builds the skills to help people set goals that matter to them and keep going.",
            "Practical sessions with role play, feedback and time to reflect on real conversations.",
            "Covers the evidence, the conversations and the records a coach keeps.",
            "For coaches new to the role and those wanting a refresher.",
            "Helps coaches work alongside GPs, nurses and social prescribing link workers.",
            "Uses case studies from primary care to practise each step.",
            "Includes an assessed piece of practice and a certificate on completion.",
            "Short, self-paced units that fit around clinics.");

    static final List<String> CLOSINGS =
        List.of(
            "Supports shared decision making with the person at the centre.",
            "Links to the PCI competences for Health and Wellbeing Coaches.",
            "Places are limited; the hub shares dates when they are confirmed.",
            "Counts towards continuing professional development.",
            "Suitable for care coordinators and link workers too.",
            "Materials are available to download after each session.");

    static final List<String> FUNDING =
        List.of(
            "Free to NHS staff.",
            "Funded by the employing PCN.",
            "Funded by the training hub.",
            "Fee payable; ask your PCN about funding.");

    @Override
    public List<String> tables() {
      return List.of("catalogue_item");
    }

    @Override
    public String describe() {
      return ITEMS + " catalogue items";
    }

    @Override
    public void load(Connection db) throws SQLException {
      String kind =
          "CASE WHEN n % 20 < 7 THEN 'ACCREDITED_COURSE' WHEN n % 20 < 12 THEN 'ELEARNING'"
              + " WHEN n % 20 < 16 THEN 'EVENT_SERIES' WHEN n % 20 < 18 THEN 'RESOURCE'"
              + " ELSE 'PCI_MODULE' END";
      String topic = pick("n DIV 7", TOPICS);
      String sql =
          "INSERT INTO catalogue_item (slug, kind, title, summary, provider, delivery_mode,"
              + " length_days, length_hours, accreditation_valid_until, funding_note,"
              + " external_url, required_for_role, demo, created_at, updated_at, version)"
              + " SELECT CONCAT('"
              + SLUG_PREFIX
              + "', LOWER(REPLACE(topic, ' ', '-')), '-', n), kind,"
              + " CONCAT(topic, ': ', "
              + pick("n DIV 3", LEVELS)
              + ", ' ', n), CONCAT('A ', "
              + pick("n", List.of("practical", "friendly", "structured", "focused"))
              + ", ' ', LOWER(REPLACE(kind, '_', ' ')), ' on ', LOWER(topic), ' for Health and"
              + " Wellbeing Coaches. ', "
              + pick("n DIV 5", OPENINGS)
              + ", ' ', "
              + pick("n DIV 11", CLOSINGS)
              + "), "
              + pick("n DIV 2", PROVIDERS)
              + ", CASE WHEN kind IN ('ELEARNING', 'PCI_MODULE', 'RESOURCE') THEN 'ONLINE' ELSE "
              + pick("n", List.of("FACE_TO_FACE", "VIRTUAL", "BLENDED"))
              + " END, CASE WHEN kind = 'ACCREDITED_COURSE' THEN 4 + n % 3 END,"
              + " CASE WHEN kind IN ('ELEARNING', 'PCI_MODULE') THEN 1 + n % 8 END,"
              + " CASE WHEN kind = 'ACCREDITED_COURSE' THEN CURRENT_DATE + INTERVAL (n % 700)"
              + " DAY END, "
              + pick("n DIV 13", FUNDING)
              + ", CONCAT('https://www.example.org/training/', n), FALSE, TRUE,"
              + " UTC_TIMESTAMP(6) - INTERVAL n MINUTE, UTC_TIMESTAMP(6) - INTERVAL n MINUTE, 0"
              + " FROM (SELECT n, "
              + kind
              + " AS kind, "
              + topic
              + " AS topic FROM "
              + numbers(ITEMS)
              + ") generated";
      update(db, sql);
    }

    @Override
    public int remove(Connection db) throws SQLException {
      return update(
          db, "DELETE FROM catalogue_item WHERE slug LIKE '" + SLUG_PREFIX + "%' AND demo = TRUE");
    }
  }
}
