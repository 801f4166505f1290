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

  private final EmbeddedDatabase database;
  private final PayaraMicroProcess payara;

  private EmbeddedPortal(EmbeddedDatabase database, PayaraMicroProcess payara) {
    this.database = database;
    this.payara = payara;
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
      PayaraMicroProcess payara =
          PayaraMicroProcess.start(payaraJar, war, httpPort, environment, payaraWork, logToConsole);
      return new EmbeddedPortal(database, payara);
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

  @Override
  public void close() {
    payara.close();
    database.stop();
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
