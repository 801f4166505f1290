package org.traininghub.it;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.traininghub.it.probe.StatementCounter;
import org.traininghub.launch.Directories;
import org.traininghub.launch.EmbeddedDatabase;
import org.traininghub.launch.EmbeddedPortal;
import org.traininghub.launch.PayaraMicroProcess;

/**
 * The real stack every integration test talks to, started once per test run: a fresh MariaDB server
 * and the WAR on Payara Micro, configured the way an operator would (environment variables), with
 * the demo data of the embedded default.
 */
public final class PortalStack {

  public static final String ADMIN_EMAIL = "admin@it.traininghub.example";
  public static final String ADMIN_PASSWORD = "integration-admin-password";

  private static final String IT_SETTING = "hub.it.";

  private static PortalStack running;

  /** SMTP connections each test instance sends over at once ({@code hub.mail.connections}). */
  public static final int MAIL_CONNECTIONS = 2;

  private final EmbeddedPortal portal;
  private final SmtpServer smtp;

  private PortalStack(EmbeddedPortal portal, SmtpServer smtp) {
    this.portal = portal;
    this.smtp = smtp;
  }

  /** The stack, started on first use and stopped when the test JVM exits. */
  public static synchronized PortalStack get() {
    if (running == null) {
      Path work = Path.of(System.getProperty("hub.test.work", "target/it"));
      Directories.deleteRecursively(work.resolve("db"));
      SmtpServer smtp = SmtpServer.start();
      Map<String, String> settings = new HashMap<>(smtp.portalSettings());
      settings.put("HUB_ADMIN_EMAIL", ADMIN_EMAIL);
      settings.put("HUB_ADMIN_PASSWORD", ADMIN_PASSWORD);
      // Short waits between attempts, so that a retry is seen within a test.
      settings.put("HUB_MAIL_RETRY_SECONDS", "2");
      settings.put("HUB_MAIL_MAX_ATTEMPTS", "4");
      // A dispatcher tick every second, so that retries and "nothing more" checks are short.
      settings.put("HUB_MAIL_TICK_SECONDS", "1");
      // Each instance sends over two SMTP connections, so that every test of the outbox (the
      // cluster, the lanes, the kill-and-resume campaign) runs with senders side by side.
      settings.put("HUB_MAIL_CONNECTIONS", Integer.toString(MAIL_CONNECTIONS));
      // Retention jobs run every 2 seconds, so that RetentionIT sees them work.
      settings.put("HUB_RETENTION_EVERY_SECONDS", "2");
      settings.put("HUB_AUDIT_KEEP_DAYS", "400");
      // The weekly digest looks every second and is due all week (from Monday 00:00), so that
      // WeeklyDigestIT sees it made on whatever day it runs; no topic's digest is on unless a test
      // turns it on.
      settings.put("HUB_NEWSLETTER_DIGEST_TICK_SECONDS", "1");
      settings.put("HUB_NEWSLETTER_DIGEST_HOUR", "0");
      // Counts each request's SQL statements when asked (StatementCountIT).
      settings.put(
          EmbeddedPortal.DB_URL_OPTIONS, "queryInterceptors=" + StatementCounter.class.getName());
      settings.putAll(settingsFromSystemProperties());
      EmbeddedPortal portal =
          EmbeddedPortal.start(
              TestWar.of(
                  Path.of(System.getProperty("hub.test.war", "target/ROOT.war")),
                  work.resolve("war")),
              Path.of(System.getProperty("hub.test.payara", "target/payara-micro.jar")),
              work.resolve("db"),
              work.resolve("payara"),
              0,
              settings,
              false);
      running = new PortalStack(portal, smtp);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    portal.close();
                    smtp.stop();
                  }));
    }
    return running;
  }

  /**
   * Any portal setting, given to the test JVM as a system property {@code hub.it.<setting>} (for
   * example {@code mvn verify -Dhub.it.mail.retry-seconds=1}), passed to the portal as its
   * environment variable ({@code HUB_MAIL_RETRY_SECONDS=1}); it overrides the defaults above.
   */
  static Map<String, String> settingsFromSystemProperties() {
    Map<String, String> settings = new HashMap<>();
    System.getProperties()
        .stringPropertyNames()
        .forEach(
            name -> {
              if (name.startsWith(IT_SETTING)) {
                String setting = "hub." + name.substring(IT_SETTING.length());
                settings.put(
                    setting.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"),
                    System.getProperty(name));
              }
            });
    return settings;
  }

  public String baseUrl() {
    return portal.baseUrl();
  }

  /** An absolute URL of the running portal; {@code path} starts with a slash. */
  public String url(String path) {
    return baseUrl() + path.substring(1);
  }

  public EmbeddedDatabase database() {
    return portal.database();
  }

  /** The SMTP server the portal sends to. */
  public SmtpServer smtp() {
    return smtp;
  }

  public void restartPayara() {
    portal.restartPayara();
  }

  /** A second portal instance sharing this stack's database and SMTP server; close it after. */
  public PayaraMicroProcess anotherInstance() {
    Path work = Path.of(System.getProperty("hub.test.work", "target/it"));
    return portal.anotherInstance(work.resolve("payara-2"));
  }
}
