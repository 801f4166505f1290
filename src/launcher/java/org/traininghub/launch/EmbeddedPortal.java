package org.traininghub.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The portal on the embedded default: a MariaDB server started here and the WAR on Payara Micro
 * pointed at it with the demo data, configured through environment variables as in production. The
 * quick start, the integration tests and the benchmark all run it.
 */
public final class EmbeddedPortal implements AutoCloseable {

  /** Starts a Payara Micro instance on a port, with a work folder of its own. */
  private interface Starter {
    PayaraMicroProcess start(int port, Path workDir);
  }

  private final EmbeddedDatabase database;
  private final Starter starter;
  private final int port;
  private final Path payaraWork;
  private PayaraMicroProcess payara;

  private EmbeddedPortal(EmbeddedDatabase database, Starter starter, int port, Path payaraWork) {
    this.database = database;
    this.starter = starter;
    this.port = port;
    this.payaraWork = payaraWork;
    this.payara = starter.start(port, payaraWork);
  }

  /**
   * A setting that is not passed on: Connector/J options added to the embedded database's URL (the
   * tests name a statement counter there).
   */
  public static final String DB_URL_OPTIONS = "HUB_DB_URL_OPTIONS";

  /**
   * Starts the database with its files in {@code dbHome} (its data is kept there), then Payara
   * Micro on {@code port} (0 for any free port) with {@code settings} added to the environment.
   */
  public static EmbeddedPortal start(
      Path war,
      Path payaraJar,
      Path dbHome,
      Path payaraWork,
      int port,
      Map<String, String> settings,
      boolean logToConsole) {
    EmbeddedDatabase database = EmbeddedDatabase.start(dbHome, 0);
    try {
      int httpPort = port > 0 ? port : freePort();
      Map<String, String> environment = environment(database, httpPort, settings);
      return new EmbeddedPortal(
          database,
          (instancePort, workDir) ->
              PayaraMicroProcess.start(
                  payaraJar, war, instancePort, environment, workDir, logToConsole),
          httpPort,
          payaraWork);
    } catch (RuntimeException e) {
      database.stop();
      throw e;
    }
  }

  /**
   * The settings Payara is given on the embedded database at {@code httpPort}: its URL and user,
   * the demo data, and {@code settings} on top.
   */
  static Map<String, String> environment(
      EmbeddedDatabase database, int httpPort, Map<String, String> settings) {
    Map<String, String> environment = new HashMap<>();
    environment.put(
        "HUB_DB_URL",
        database.jdbcUrl()
            + (settings.containsKey(DB_URL_OPTIONS) ? "&" + settings.get(DB_URL_OPTIONS) : ""));
    environment.put("HUB_DB_USER", EmbeddedDatabase.USER);
    environment.put("HUB_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
    environment.put("HUB_DEMO_DATA", "true");
    environment.put("HUB_PUBLIC_BASE_URL", "http://localhost:" + httpPort + "/");
    environment.putAll(settings);
    environment.remove(DB_URL_OPTIONS);
    return environment;
  }

  public String baseUrl() {
    return payara.baseUrl();
  }

  public EmbeddedDatabase database() {
    return database;
  }

  public PayaraMicroProcess payara() {
    return payara;
  }

  /** Stops Payara Micro as an operator would, and starts it again on the same port and database. */
  public void restartPayara() {
    payara.close();
    payara = starter.start(port, payaraWork);
  }

  /**
   * Another instance of the portal on the same database and settings, on a free port: what a
   * cluster of several Payara Micro instances on one MySQL looks like. The caller stops it.
   */
  public PayaraMicroProcess anotherInstance(Path workDir) {
    return starter.start(freePort(), workDir);
  }

  @Override
  public void close() {
    payara.close();
    database.stop();
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
