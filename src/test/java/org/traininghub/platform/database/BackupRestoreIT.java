package org.traininghub.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Schemas;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;
import org.traininghub.launch.EmbeddedDatabase;
import org.traininghub.launch.EmbeddedPortal;
import org.traininghub.launch.PayaraMicroProcess;

/**
 * The backup in docs/operations.md works: the test stack's database, populated through the portal,
 * is dumped with the documented {@code mariadb-dump} command (the binary the embedded default
 * unpacks), restored into an empty database (a new schema on the same server) with the {@code
 * mariadb} client, and a second portal (the real WAR on Payara Micro) started on it has everything:
 * every table's rows byte for byte (including a file kept in the database and Flyway's history, so
 * no migration runs again), the person who registered can sign in, and the admin sees the audit log
 * and the outbox.
 */
class BackupRestoreIT {

  /** The options docs/operations.md gives, for one schema. */
  static final List<String> DUMP_OPTIONS =
      List.of(
          "--single-transaction",
          "--routines",
          "--triggers",
          "--events",
          "--hex-blob",
          "--no-tablespaces",
          "--default-character-set=utf8mb4");

  private static final String PASSWORD = "a backup keeps this password";

  /** The empty database the backup is restored into: a schema of its own on the same server. */
  private static final String RESTORED = "traininghub_restored";

  @Test
  void aDumpRestoredIntoAnEmptyDatabaseRunsThePortalWithEverythingInIt() throws Exception {
    Path work = Path.of(System.getProperty("hub.test.work", "target/it"));
    String run = Long.toString(System.currentTimeMillis(), 36);
    String name = "Bea Backup " + run;
    String email = "backup." + run + "@it.traininghub.example";
    registerAndConfirm(name, email);
    // A file kept in the database (mail attachments today; evidence files later): every byte value.
    byte[] everyByte = new byte[1024];
    for (int i = 0; i < everyByte.length; i++) {
      everyByte[i] = (byte) i;
    }
    Sql.update(
        "INSERT INTO mail_attachment (outbox_id, seq, kind, file_name, content_type, content)"
            + " SELECT MIN(id), 99, 'ATTACHMENT', 'bytes.bin', 'application/octet-stream', ?"
            + " FROM mail_outbox WHERE recipient = ?",
        everyByte,
        email);

    Path dump = work.resolve("backup").resolve("traininghub.sql");
    Files.createDirectories(dump.getParent());
    String original = PortalStack.get().database().jdbcUrl();
    Map<String, String> before = checksums(original);
    List<String> command = new ArrayList<>();
    command.add(Schemas.tool("mariadb-dump").toString());
    command.addAll(Schemas.login());
    command.addAll(DUMP_OPTIONS);
    command.add("--result-file=" + dump);
    command.add(EmbeddedDatabase.SCHEMA);
    Schemas.run(command, null);
    Map<String, String> after = checksums(original);

    String restored = Schemas.createEmpty(RESTORED);
    try {
      List<String> restore = new ArrayList<>();
      restore.add(Schemas.tool("mariadb").toString());
      restore.addAll(Schemas.login());
      restore.add("--default-character-set=utf8mb4");
      restore.add(RESTORED);
      Schemas.run(restore, dump);

      Map<String, String> copy = checksums(restored);
      assertEquals(before.keySet(), copy.keySet(), "every table is restored");
      copy.forEach(
          (table, sum) ->
              assertTrue(
                  sum.equals(before.get(table)) || sum.equals(after.get(table)),
                  table + " is restored row for row"));
      assertTrue(copy.containsKey("flyway_schema_history"), "Flyway's history is in the backup");

      try (PayaraMicroProcess portal = startPortalOn(restored, work.resolve("payara-restored"))) {
        String base = portal.baseUrl();
        assertEquals(
            302, signIn(new WebClient(), base, email).statusCode(), "the person can sign in");
        WebClient admin = new WebClient();
        assertEquals(
            302,
            signIn(admin, base, PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD).statusCode(),
            "the admin can sign in");
        String audit = admin.get(base + "admin/audit/").body();
        assertTrue(
            audit.contains("Address verified") && (audit.contains(name) || audit.contains(email)),
            "the audit log is restored:\n" + audit);
        assertTrue(
            admin.get(base + "admin/mail/").body().contains(email), "the outbox is restored");
        assertTrue(
            Files.readString(portal.log()).contains("(0 migrations applied now)"),
            "no migration ran again on the restored schema");
      }
    } finally {
      Schemas.drop(RESTORED);
    }
  }

  private static void registerAndConfirm(String name, String email) {
    WebClient visitor = new WebClient();
    Map<String, String> form = WebClient.form(visitor.get("/access/register.xhtml"), "register");
    form.put("register:name", name);
    form.put("register:email", email);
    form.put("register:password", PASSWORD);
    form.put("register:confirmation", PASSWORD);
    assertEquals(302, visitor.submit(form).statusCode(), "registered");
    MimeMessage mail = PortalStack.get().smtp().awaitMessage(email, 1, Duration.ofSeconds(30));
    WebClient reader = new WebClient();
    Map<String, String> verify =
        WebClient.form(reader.get(SmtpServer.link(mail, "/access/verify.xhtml")), "verify");
    reader.submit(verify);
    Sql.awaitScalar(
        "1",
        Duration.ofSeconds(10),
        "SELECT COUNT(*) FROM audit_entry WHERE action = 'Address verified' AND subject ="
            + " CONCAT('Account ', (SELECT id FROM account WHERE email = ?))",
        email);
  }

  private static HttpResponse<String> signIn(WebClient client, String base, String email) {
    return signIn(client, base, email, PASSWORD);
  }

  /** Signs in on the portal at {@code base} (not the test stack's). */
  private static HttpResponse<String> signIn(
      WebClient client, String base, String email, String password) {
    Map<String, String> fields = WebClient.form(client.get(base + "signin.xhtml"), "signin");
    fields.put("email", email);
    fields.put("password", password);
    fields.put("#action", base + fields.get("#action").substring(1));
    return client.submit(fields, Map.of("Origin", base.substring(0, base.length() - 1)));
  }

  /** The real portal's WAR on Payara Micro, on the restored database; no SMTP server. */
  private static PayaraMicroProcess startPortalOn(String url, Path workDir) {
    int port = EmbeddedPortal.freePort();
    return PayaraMicroProcess.start(
        Path.of(System.getProperty("hub.test.payara", "target/payara-micro.jar")),
        Path.of(System.getProperty("hub.test.war", "target/ROOT.war")),
        port,
        Map.of(
            "HUB_DB_URL",
            url,
            "HUB_DB_USER",
            EmbeddedDatabase.USER,
            "HUB_DB_PASSWORD",
            EmbeddedDatabase.PASSWORD,
            "HUB_PUBLIC_BASE_URL",
            "http://localhost:" + port + "/"),
        workDir,
        false);
  }

  /** Each table of the portal's schema, with a digest of its rows. */
  private static Map<String, String> checksums(String url) throws SQLException {
    Map<String, String> sums = new TreeMap<>();
    try (Connection c = Schemas.connect(url)) {
      List<String> tables = new ArrayList<>();
      try (PreparedStatement list =
              c.prepareStatement(
                  "SELECT table_name FROM information_schema.tables"
                      + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'");
          ResultSet rows = list.executeQuery()) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        sums.put(table, contentDigest(c, table));
      }
    }
    return sums;
  }

  /**
   * A digest of every row of {@code table}, in the order of all its columns. Not {@code CHECKSUM
   * TABLE}: MariaDB's checksum depends on how a row is stored, and a table whose columns were added
   * by a later migration (instantly, in place) is stored differently from the same table created
   * whole by the restore, with the same rows.
   */
  private static String contentDigest(Connection c, String table) throws SQLException {
    try (PreparedStatement columns =
            c.prepareStatement("SELECT * FROM `" + table + "` WHERE 1 = 0");
        ResultSet none = columns.executeQuery()) {
      int n = none.getMetaData().getColumnCount();
      StringBuilder order = new StringBuilder();
      for (int i = 1; i <= n; i++) {
        order.append(i == 1 ? "" : ", ").append(i);
      }
      MessageDigest digest = sha256();
      try (PreparedStatement all =
              c.prepareStatement("SELECT * FROM `" + table + "` ORDER BY " + order);
          ResultSet rows = all.executeQuery()) {
        while (rows.next()) {
          for (int i = 1; i <= n; i++) {
            byte[] value = rows.getBytes(i);
            digest.update(value == null ? new byte[] {0} : value);
            digest.update((byte) 0x1f);
          }
          digest.update((byte) 0x1e);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
