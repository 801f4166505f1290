package org.traininghub.launch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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

  public static void main(String[] args) {
    try {
      run();
    } catch (RuntimeException | InterruptedException e) {
      System.err.println("The portal could not start: " + e.getMessage());
      e.printStackTrace();
      // Runs the shutdown hooks (which stop MariaDB); its process threads would otherwise keep
      // Maven waiting.
      System.exit(1);
    }
  }

  private static void run() throws InterruptedException {
    Path war = Path.of(setting("hub.launcher.war", "target/ROOT.war"));
    Path payaraJar = Path.of(setting("hub.launcher.payara", "target/payara-micro.jar"));
    Path home = Path.of(setting("hub.embedded.dir", setting("hub.launcher.home", defaultHome())));
    int httpPort = Integer.parseInt(setting("hub.http.port", "8080"));

    AutoCloseable running;
    PayaraMicroProcess payara;
    boolean embedded = setting("hub.db.url", "").isBlank();
    if (embedded) {
      System.out.println(
          "Starting the embedded MariaDB server; its data is kept in " + home.resolve("data"));
      Map<String, String> demoAdmin = new HashMap<>();
      demoAdmin.put("HUB_ADMIN_EMAIL", setting("hub.admin.email", DEMO_ADMIN_EMAIL));
      demoAdmin.put("HUB_ADMIN_PASSWORD", setting("hub.admin.password", DEMO_ADMIN_PASSWORD));
      EmbeddedPortal portal =
          EmbeddedPortal.start(
              war, payaraJar, home, home.resolve("payara"), httpPort, demoAdmin, true);
      running = portal;
      payara = portal.payara();
    } else {
      System.out.println(
          "HUB_DB_URL is set: using that database; no embedded server, no demo data.");
      // Payara inherits this JVM's environment, so HUB_DB_URL and every other setting reach it.
      payara =
          PayaraMicroProcess.start(
              payaraJar, war, httpPort, Map.of(), home.resolve("payara"), true);
      running = payara;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(running)));

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
      System.out.println(
          "No SMTP server is set, so mail stays in the outbox: sign in as the admin and open"
              + " Hub admin > Mail outbox to read it.");
    }
    System.out.println("Press Ctrl+C to stop it.");
    while (payara.isAlive()) {
      Thread.sleep(1000);
    }
    System.out.println("Payara Micro has stopped.");
    closeQuietly(running);
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
