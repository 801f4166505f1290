package org.traininghub.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes sure the processes the launcher starts (Payara Micro's JVM, the MariaDB server) do not
 * outlive it, however it ends, {@code kill -9} included: a small JVM of its own whose standard
 * input is a pipe from the launcher. The launcher writes a line for each process it starts; when
 * the launcher ends, the operating system closes the pipe, and the watchdog stops what is still
 * running (Payara first, then the database; politely, then forcibly after a bound) and exits.
 *
 * <p>On a normal stop the launcher has stopped everything itself, and the watchdog finds nothing
 * left. Started through {@code setsid} where there is one, so a terminal's Ctrl+C reaches the
 * launcher only (which then stops its children in order) and not the watchdog or Payara directly.
 */
public final class Watchdog {

  /** Which processes are stopped first. */
  public enum Stage {
    WEB,
    DATABASE
  }

  /** How long each stage may take to stop politely before it is killed. */
  static final long STOP_SECONDS = 30;

  /** util-linux's setsid, which starts a command in a session of its own. */
  static final Path SETSID = Path.of("/usr/bin/setsid");

  private static volatile OutputStream launcherSide;

  private Watchdog() {}

  /** Starts the watchdog for this JVM; {@link #watch} then hands it each child. */
  public static void start() {
    try {
      Path classes =
          Path.of(Watchdog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> command = new ArrayList<>();
      if (Files.isExecutable(SETSID)) {
        command.add(SETSID.toString());
      }
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx16m");
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-XX:+UseSerialGC");
      command.add("-cp");
      command.add(classes.toString());
      command.add(Watchdog.class.getName());
      command.add(Long.toString(ProcessHandle.current().pid()));
      Process watchdog =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      launcherSide = watchdog.getOutputStream();
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(
          "The launcher's watchdog did not start: " + e.getMessage(), e);
    }
  }

  /** Whether this JVM has a watchdog (the quick start has; the integration tests have not). */
  public static boolean isOn() {
    return launcherSide != null;
  }

  /** Hands {@code process} to the watchdog, if one was started (the quick start starts one). */
  public static synchronized void watch(ProcessHandle process, Stage stage, String what) {
    OutputStream out = launcherSide;
    if (out == null) {
      return;
    }
    try {
      out.write((stage + " " + process.pid() + " " + what + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      System.err.println("The launcher's watchdog has gone: " + e.getMessage());
    }
  }

  /** Tells the watchdog the launcher is done (it has stopped its children itself). */
  public static synchronized void stop() {
    OutputStream out = launcherSide;
    launcherSide = null;
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        // it has gone already
      }
    }
  }

  private record Watched(Stage stage, ProcessHandle process, String what) {}

  /** The watchdog itself: reads lines until the launcher's end closes its input. */
  public static void main(String[] args) throws IOException {
    String launcher = args.length > 0 ? args[0] : "?";
    List<Watched> watched = new ArrayList<>();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] parts = line.split(" ", 3);
      if (parts.length == 3) {
        Stage stage = Stage.valueOf(parts[0]);
        ProcessHandle.of(Long.parseLong(parts[1]))
            .ifPresent(p -> watched.add(new Watched(stage, p, parts[2])));
      }
    }
    for (Stage stage : Stage.values()) {
      List<Watched> alive =
          watched.stream().filter(w -> w.stage() == stage && w.process().isAlive()).toList();
      for (Watched w : alive) {
        System.err.println(
            "The launcher (pid "
                + launcher
                + ") has ended; stopping "
                + w.what()
                + " (pid "
                + w.process().pid()
                + ") that it started.");
        w.process().destroy();
      }
      for (Watched w : alive) {
        try {
          w.process().onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
          w.process().destroyForcibly();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          w.process().destroyForcibly();
        }
      }
    }
  }
}
