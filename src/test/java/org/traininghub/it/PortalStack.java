package org.traininghub.it;

import java.nio.file.Path;
import java.util.Map;
import org.traininghub.launch.Directories;
import org.traininghub.launch.EmbeddedDatabase;
import org.traininghub.launch.EmbeddedPortal;

/**
 * The real stack every integration test talks to, started once per test run: a fresh MariaDB server
 * and the WAR on Payara Micro, configured the way an operator would (environment variables), with
 * the demo data of the embedded default.
 */
public final class PortalStack {

  public static final String ADMIN_EMAIL = "admin@it.traininghub.example";
  public static final String ADMIN_PASSWORD = "integration-admin-password";

  private static PortalStack running;

  private final EmbeddedPortal portal;

  private PortalStack(EmbeddedPortal portal) {
    this.portal = portal;
  }

  /** The stack, started on first use and stopped when the test JVM exits. */
  public static synchronized PortalStack get() {
    if (running == null) {
      Path work = Path.of(System.getProperty("hub.test.work", "target/it"));
      Directories.deleteRecursively(work.resolve("db"));
      EmbeddedPortal portal =
          EmbeddedPortal.start(
              Path.of(System.getProperty("hub.test.war", "target/ROOT.war")),
              Path.of(System.getProperty("hub.test.payara", "target/payara-micro.jar")),
              work.resolve("db"),
              work.resolve("payara"),
              0,
              Map.of("HUB_ADMIN_EMAIL", ADMIN_EMAIL, "HUB_ADMIN_PASSWORD", ADMIN_PASSWORD),
              false);
      running = new PortalStack(portal);
      Runtime.getRuntime().addShutdownHook(new Thread(portal::close));
    }
    return running;
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
}
