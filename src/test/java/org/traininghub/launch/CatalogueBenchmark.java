package org.traininghub.launch;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speed check of the public catalogue ({@code mvn -Pbenchmark package}): boots the portal on
 * the embedded database exactly as the quick start does, then loads the catalogue page and a static
 * file of the same portal with {@code wrk} on loopback, and prints both.
 *
 * <p>Target: the catalogue page reaches at least 15% of the static file's requests per second, p99
 * under 50 ms at 32 connections, no errors. The figures are appended to a results file.
 */
public final class CatalogueBenchmark {

  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern P99 = Pattern.compile("99%\\s+([0-9.]+)(us|ms|s)");
  private static final Pattern P50 = Pattern.compile("50%\\s+([0-9.]+)(us|ms|s)");
  private static final Pattern ERRORS =
      Pattern.compile("Non-2xx or 3xx responses: (\\d+)|Socket errors: .*");

  record Run(String name, double rps, double p50Millis, double p99Millis, String errors) {}

  private CatalogueBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path war = Path.of(System.getProperty("hub.launcher.war", "target/ROOT.war"));
    Path payaraJar = Path.of(System.getProperty("hub.launcher.payara", "target/payara-micro.jar"));
    Path work = Path.of(System.getProperty("hub.benchmark.work", "target/benchmark"));
    Path results =
        Path.of(System.getProperty("hub.benchmark.results", "docs/performance-results.md"));
    String duration = System.getProperty("hub.benchmark.duration", "20s");
    int connections = Integer.getInteger("hub.benchmark.connections", 32);

    Directories.deleteRecursively(work.resolve("db"));
    EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("db"), 0);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    PayaraMicroProcess payara;
    try {
      payara =
          PayaraMicroProcess.start(
              payaraJar,
              war,
              port,
              Map.of(
                  "HUB_DB_URL",
                  database.jdbcUrl(),
                  "HUB_DB_USER",
                  EmbeddedDatabase.USER,
                  "HUB_DB_PASSWORD",
                  EmbeddedDatabase.PASSWORD,
                  "HUB_DEMO_DATA",
                  "true"),
              work.resolve("payara"),
              false);
    } catch (RuntimeException e) {
      database.stop();
      throw e;
    }
    try {
      String page = payara.baseUrl() + "catalogue/";
      String file = payara.baseUrl() + "static/css/hub.css";
      // warm up the JIT and the connection pool before measuring
      wrk(file, connections, "10s");
      wrk(page, connections, "15s");
      List<Run> runs = new ArrayList<>();
      runs.add(parse("static file /static/css/hub.css", wrk(file, connections, duration)));
      runs.add(parse("catalogue page /catalogue/", wrk(page, connections, duration)));
      report(runs, connections, duration, results);
    } finally {
      payara.close();
      database.stop();
    }
  }

  private static String wrk(String url, int connections, String duration)
      throws IOException, InterruptedException {
    Process wrk =
        new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + duration, "--latency", url)
            .redirectErrorStream(true)
            .start();
    String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException(
          "wrk failed (is it installed? apt-get install wrk):\n" + output);
    }
    return output;
  }

  static Run parse(String name, String output) {
    Matcher errors = ERRORS.matcher(output);
    StringBuilder errorText = new StringBuilder();
    while (errors.find()) {
      errorText.append(errors.group()).append(' ');
    }
    return new Run(
        name,
        number(RPS, output),
        millis(P50, output),
        millis(P99, output),
        errorText.length() == 0 ? "none" : errorText.toString().trim());
  }

  private static double number(Pattern pattern, String output) {
    Matcher m = pattern.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("Unexpected wrk output:\n" + output);
    }
    return Double.parseDouble(m.group(1));
  }

  private static double millis(Pattern pattern, String output) {
    Matcher m = pattern.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("Unexpected wrk output:\n" + output);
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }

  private static void report(List<Run> runs, int connections, String duration, Path results)
      throws IOException {
    Run file = runs.get(0);
    Run page = runs.get(1);
    double ratio = page.rps() / file.rps();
    boolean met = ratio >= 0.15 && page.p99Millis() < 50 && page.errors().equals("none");
    StringBuilder text = new StringBuilder();
    text.append("\n## ")
        .append(LocalDate.now())
        .append(": ")
        .append(connections)
        .append(" connections, ")
        .append(duration)
        .append(" each, ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores\n\n");
    text.append("| target | requests/s | p50 ms | p99 ms | errors |\n|---|---:|---:|---:|---|\n");
    for (Run run : runs) {
      text.append(
          String.format(
              "| %s | %.0f | %.2f | %.2f | %s |%n",
              run.name(), run.rps(), run.p50Millis(), run.p99Millis(), run.errors()));
    }
    text.append(
        String.format(
            "%nCatalogue page at %.1f%% of the static file's throughput; target met: %s%n",
            ratio * 100, met ? "yes" : "NO"));
    System.out.println(text);
    if (!Files.exists(results)) {
      Files.writeString(
          results,
          "# Benchmark results\n\nAppended by `mvn -Pbenchmark package`; see performance.md.\n");
    }
    Files.writeString(results, text, java.nio.file.StandardOpenOption.APPEND);
    System.out.println("Appended to " + results);
  }
}
