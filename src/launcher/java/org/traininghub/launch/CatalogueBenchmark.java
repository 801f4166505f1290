package org.traininghub.launch;

import java.io.IOException;
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

  /**
   * Where a benchmark finds the WAR and Payara Micro, keeps its database and server, and appends
   * its figures: the {@code hub.launcher.*} and {@code hub.benchmark.*} properties the Maven
   * profiles set, with the same defaults for every benchmark but its own work folder.
   */
  record Setup(Path war, Path payaraJar, Path work, Path results) {

    static Setup fromProperties(String defaultWork) {
      return new Setup(
          Path.of(System.getProperty("hub.launcher.war", "target/ROOT.war")),
          Path.of(System.getProperty("hub.launcher.payara", "target/payara-micro.jar")),
          Path.of(System.getProperty("hub.benchmark.work", defaultWork)),
          Path.of(System.getProperty("hub.benchmark.results", "docs/performance-results.md")));
    }

    /** Appends {@code text} to the results file, started with a title if it is new. */
    void append(String text) throws IOException {
      if (!Files.exists(results)) {
        Files.writeString(results, "# Benchmark results\n\nSee performance.md.\n");
      }
      Files.writeString(results, text, java.nio.file.StandardOpenOption.APPEND);
      System.out.println("Appended to " + results);
    }
  }

  private CatalogueBenchmark() {}

  public static void main(String[] args) throws Exception {
    Setup setup = Setup.fromProperties("target/benchmark");
    Path work = setup.work();
    String duration = System.getProperty("hub.benchmark.duration", "20s");
    int connections = Integer.getInteger("hub.benchmark.connections", 32);

    Directories.deleteRecursively(work.resolve("db"));
    EmbeddedPortal portal =
        EmbeddedPortal.start(
            setup.war(),
            setup.payaraJar(),
            work.resolve("db"),
            work.resolve("payara"),
            0,
            Map.of(),
            false);
    try {
      String page = portal.baseUrl() + "catalogue/";
      String file = portal.baseUrl() + "static/css/hub.css";
      // warm up the JIT and the connection pool before measuring
      wrk(file, connections, "10s");
      wrk(page, connections, "15s");
      List<Run> runs = new ArrayList<>();
      runs.add(parse("static file /static/css/hub.css", wrk(file, connections, duration)));
      runs.add(parse("catalogue page /catalogue/", wrk(page, connections, duration)));
      // Every request a new address, so none is served from the public page cache: what
      // rendering the page costs (query, Faces) when it has to be done.
      runs.add(
          parse(
              "catalogue page, rendered for every request",
              wrk(page, connections, duration, "-s", uniqueAddresses(work).toString())));
      report(runs, connections, duration, setup);
    } finally {
      portal.close();
    }
  }

  static String wrk(String url, int connections, String duration, String... options)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration, "--latency"));
    command.addAll(List.of(options));
    command.add(url);
    Process wrk;
    try {
      wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "wrk could not be started (is it installed? apt-get install wrk): " + e.getMessage(), e);
    }
    String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException(
          "wrk failed (is it installed? apt-get install wrk):\n" + output);
    }
    return output;
  }

  /** A wrk script that adds a never-repeated, ignored parameter to every request. */
  private static Path uniqueAddresses(Path work) throws IOException {
    Path script = work.resolve("unique-addresses.lua");
    Files.writeString(
        script,
        """
        local threads = 0
        function setup(thread) threads = threads + 1; thread:set("id", threads) end
        local n = 0
        function request()
          n = n + 1
          return wrk.format("GET", wrk.path .. "?bench=" .. id .. "-" .. n)
        end
        """);
    return script;
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

  private static void report(List<Run> runs, int connections, String duration, Setup setup)
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
    setup.append(text.toString());
  }
}
