package org.traininghub.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The portal on the embedded default: a MariaDB server started here and the WAR on Payara Micro
 * pointed at it with the demo data, configured through environment variables as in production. The
 * quick start, the integration tests and the benchmark all run it.
 */
public final class EmbeddedPortal implements AutoCloseable {

  private final EmbeddedDatabase database;
  private final Supplier<PayaraMicroProcess> payaraStarter;
  private PayaraMicroProcess payara;

  private EmbeddedPortal(EmbeddedDatabase database, Supplier<PayaraMicroProcess> payaraStarter) {
    this.database = database;
    this.payaraStarter = payaraStarter;
    this.payara = payaraStarter.get();
  }

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
      Map<String, String> environment = new HashMap<>();
      environment.put("HUB_DB_URL", database.jdbcUrl());
      environment.put("HUB_DB_USER", EmbeddedDatabase.USER);
      environment.put("HUB_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
      environment.put("HUB_DEMO_DATA", "true");
      environment.put("HUB_PUBLIC_BASE_URL", "http://localhost:" + httpPort + "/");
      environment.putAll(settings);
      return new EmbeddedPortal(
          database,
          () ->
              PayaraMicroProcess.start(
                  payaraJar, war, httpPort, environment, payaraWork, logToConsole));
    } catch (RuntimeException e) {
      database.stop();
      throw e;
    }
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
    payara = payaraStarter.get();
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
