package org.traininghub.mail.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.traininghub.launch.Directories;
import org.traininghub.launch.EmbeddedDatabase;

/**
 * What a campaign recipient costs in the database: a fresh MariaDB with the portal's schema, one
 * campaign, 50,000 recipients written as {@link RecipientRows} writes them, then {@code ANALYZE
 * TABLE} and the table's data and index length from {@code information_schema}, divided by the
 * rows. Run it with
 *
 * <pre>mvn test -Dtest=CampaignStorageBenchmark -Dhub.benchmark=campaign</pre>
 *
 * and put the number in docs/performance.md.
 */
@EnabledIfSystemProperty(named = "hub.benchmark", matches = "campaign")
class CampaignStorageBenchmark {

  private static final int RECIPIENTS = 50_000;

  @Test
  void bytesPerRecipientRow() throws Exception {
    Path home = Path.of("target/benchmark-campaign");
    Directories.deleteRecursively(home);
    Files.createDirectories(home);
    try (EmbeddedDatabase database = EmbeddedDatabase.start(home, 0)) {
      Flyway.configure()
          .dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      try (Connection c = database.connect()) {
        long campaign = createCampaign(c);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<RecipientRows.Row> chunk = new ArrayList<>();
        for (int i = 0; i < RECIPIENTS; i++) {
          chunk.add(
              new RecipientRows.Row(
                  "reader" + i + "@newsletter.example.org",
                  null,
                  MergeValues.json(
                      Map.of("name", "Reader Number" + i, "unsubscribeToken", token(i)))));
          if (chunk.size() == RecipientRows.CHUNK || i == RECIPIENTS - 1) {
            insert(c, RecipientRows.insert(campaign, chunk, now, "hub.example.org"));
            chunk.clear();
          }
        }
        try (Statement s = c.createStatement()) {
          s.execute("ANALYZE TABLE mail_outbox");
          try (ResultSet r =
              s.executeQuery(
                  "SELECT data_length, index_length, (SELECT COUNT(*) FROM mail_outbox)"
                      + " FROM information_schema.tables"
                      + " WHERE table_schema = DATABASE() AND table_name = 'mail_outbox'")) {
            r.next();
            long data = r.getLong(1);
            long index = r.getLong(2);
            long rows = r.getLong(3);
            System.out.printf(
                "Campaign recipients: %d rows, data %d bytes + indexes %d bytes ="
                    + " %.0f bytes per recipient row (%.0f data, %.0f indexes)%n",
                rows,
                data,
                index,
                (data + index) / (double) rows,
                data / (double) rows,
                index / (double) rows);
          }
        }
      }
    }
  }

  private static long createCampaign(Connection c) throws Exception {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO mail_campaign (subject, text_template, html_template, headers,"
                + " created_at) VALUES ('News for {{name}}', ?, ?, ?, UTC_TIMESTAMP(6))",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, "Dear {{name}},\n" + "The news of the month. ".repeat(150));
      s.setString(2, "<p>Dear {{name}},</p>" + "<p>The news of the month.</p>".repeat(150));
      s.setString(3, "List-Unsubscribe: <https://hub.example.org/u?t={{unsubscribeToken}}>\n");
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void insert(Connection c, RecipientRows.Statement statement) throws Exception {
    try (PreparedStatement s = c.prepareStatement(statement.sql().replaceAll("\\?\\d+", "?"))) {
      for (int i = 0; i < statement.parameters().size(); i++) {
        s.setObject(i + 1, statement.parameters().get(i));
      }
      s.executeUpdate();
    }
  }

  /** A token as long as the portal's emailed-link tokens (43 characters). */
  private static String token(int i) {
    String base = Integer.toString(i, 36);
    return (base + "x".repeat(43)).substring(0, 43);
  }
}
