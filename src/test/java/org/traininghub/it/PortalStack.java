package org.traininghub.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.traininghub.launch.Directories;
import org.traininghub.launch.EmbeddedDatabase;
import org.traininghub.launch.PayaraMicroProcess;

/**
 * The real stack every integration test talks to, started once per test run: a fresh MariaDB server
 * and the WAR on Payara Micro, configured the way an operator would (environment variables), with
 * the demo data of the embedded default.
 */
public final class PortalStack {

  public static final String ADMIN_EMAIL = "admin@it.traininghub.example";
  public static final String ADMIN_PASSWORD = "integration-admin-password";

  private static PortalStack running;

  private final EmbeddedDatabase database;
  private final PayaraMicroProcess payara;

  private PortalStack(EmbeddedDatabase database, PayaraMicroProcess payara) {
    this.database = database;
    this.payara = payara;
  }

  /** The stack, started on first use and stopped when the test JVM exits. */
  public static synchronized PortalStack get() {
    if (running == null) {
      running = start();
      Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
    }
    return running;
  }

  private static PortalStack start() {
    Path work = Path.of(System.getProperty("hub.test.work", "target/it"));
    Directories.deleteRecursively(work.resolve("db"));
    EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("db"), 0);
    int port = freePort();
    Map<String, String> environment =
        Map.of(
            "HUB_DB_URL",
            database.jdbcUrl(),
            "HUB_DB_USER",
            EmbeddedDatabase.USER,
            "HUB_DB_PASSWORD",
            EmbeddedDatabase.PASSWORD,
            "HUB_DEMO_DATA",
            "true",
            "HUB_ADMIN_EMAIL",
            ADMIN_EMAIL,
            "HUB_ADMIN_PASSWORD",
            ADMIN_PASSWORD,
            "HUB_PUBLIC_BASE_URL",
            "http://localhost:" + port + "/");
    try {
      PayaraMicroProcess payara =
          PayaraMicroProcess.start(
              Path.of(System.getProperty("hub.test.payara", "target/payara-micro.jar")),
              Path.of(System.getProperty("hub.test.war", "target/ROOT.war")),
              port,
              environment,
              work.resolve("payara"),
              false);
      return new PortalStack(database, payara);
    } catch (RuntimeException e) {
      database.stop();
      throw e;
    }
  }

  public String baseUrl() {
    return payara.baseUrl();
  }

  /** An absolute URL of the running portal; {@code path} starts with a slash. */
  public String url(String path) {
    return baseUrl() + path.substring(1);
  }

  public EmbeddedDatabase database() {
    return database;
  }

  public Path payaraLog() {
    return payara.log();
  }

  private void stop() {
    payara.close();
    database.stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
