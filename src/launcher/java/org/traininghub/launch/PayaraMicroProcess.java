package org.traininghub.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The portal's WAR running on Payara Micro in a JVM of its own, exactly as in production: settings
 * reach it as environment variables, and it counts as started only when {@code /health} answers UP
 * (Payara prints its "ready" line even when the deployment failed).
 */
public final class PayaraMicroProcess implements AutoCloseable {

  /** Settings of Payara itself (no Server header), as production passes them too. */
  static final Path PRE_BOOT_COMMANDS =
      Path.of(
          System.getProperty(
              "hub.payara.pre-boot-commands", "src/main/payara/pre-boot-commands.asadmin"));

  /** The portal's bound on the requests in flight when it stops (GracefulStop), as set. */
  static final String DRAIN_SECONDS = "HUB_SHUTDOWN_DRAIN_SECONDS";

  private final Process process;
  private final int port;
  private final Path log;
  private final long stopSeconds;

  private PayaraMicroProcess(Process process, int port, Path log, long stopSeconds) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.stopSeconds = stopSeconds;
  }

  public static PayaraMicroProcess start(
      Path payaraJar,
      Path war,
      int port,
      Map<String, String> environment,
      Path workDir,
      boolean logToConsole) {
    requireFile(payaraJar, "Payara Micro");
    requireFile(war, "the portal's WAR");
    requireFile(PRE_BOOT_COMMANDS, "Payara's pre-boot commands");
    try {
      Files.createDirectories(workDir);
      // A root folder left from an earlier run still lists that run's deployment, which Payara
      // would deploy a second time beside --deploy (answering 404 while it does).
      Path rootDir = workDir.resolve("payara-root");
      Directories.deleteRecursively(rootDir);
      Path log = workDir.resolve("payara.log");
      List<String> command = new ArrayList<>();
      if (Watchdog.isOn() && Files.isExecutable(Watchdog.SETSID)) {
        // A session of its own: a terminal's Ctrl+C reaches the launcher, which stops Payara
        // before the database, instead of reaching Payara directly.
        command.add(Watchdog.SETSID.toString());
      }
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx768m");
      command.add("-Dfile.encoding=UTF-8");
      command.add("-jar");
      command.add(payaraJar.toString());
      command.add("--deploy");
      command.add(war.toString());
      command.add("--port");
      command.add(Integer.toString(port));
      command.add("--nocluster");
      command.add("--disablephonehome");
      command.add("--rootdir");
      command.add(rootDir.toString());
      command.add("--prebootcommandfile");
      command.add(PRE_BOOT_COMMANDS.toAbsolutePath().toString());
      ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
      builder.environment().putAll(environment);
      builder.redirectErrorStream(true);
      if (logToConsole) {
        builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
      } else {
        builder.redirectOutput(log.toFile());
      }
      Process process = builder.start();
      Watchdog.watch(process.toHandle(), Watchdog.Stage.WEB, "Payara Micro");
      // Stopping may wait for the requests in flight first; then 30 s to undeploy and end.
      long drain =
          Long.parseLong(
              environment.getOrDefault(
                  DRAIN_SECONDS, System.getenv().getOrDefault(DRAIN_SECONDS, "10")));
      PayaraMicroProcess payara = new PayaraMicroProcess(process, port, log, drain + 30);
      payara.awaitHealthy(Duration.ofMinutes(Long.getLong("hub.test.startup-minutes", 3)));
      return payara;
    } catch (IOException e) {
      throw new IllegalStateException("Payara Micro did not start: " + e.getMessage(), e);
    }
  }

  private void awaitHealthy(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    // No short timeout: a client that hangs up on a busy Payara makes it log "Internal Server
    // error: /health" (it writes its answer to a closed connection); the deadline still holds.
    HttpRequest health =
        HttpRequest.newBuilder(URI.create(baseUrl() + "health")).timeout(timeout).build();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited with " + process.exitValue() + " before it was ready; see " + log);
      }
      try {
        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
        // /health is Payara's own: only our "database" check in it proves the portal is deployed.
        if (response.statusCode() == 200 && response.body().contains("\"database\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
      }
      sleep(500);
    }
    close();
    throw new IllegalStateException(
        "Payara Micro was not ready within " + timeout + "; see " + log);
  }

  public String baseUrl() {
    return "http://localhost:" + port + "/";
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Payara's JVM, to wait for its end. */
  public Process process() {
    return process;
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(stopSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "Cannot find " + what + " at " + file + ": run 'mvn package' first");
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
