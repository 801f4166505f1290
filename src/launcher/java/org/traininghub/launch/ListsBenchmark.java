package org.traininghub.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.traininghub.launch.CatalogueBenchmark.Run;
import org.traininghub.launch.CatalogueBenchmark.Setup;

/**
 * The lists benchmark ({@code mvn -Pbenchmark-lists package}): boots the portal on a fresh embedded
 * database with the page cache off, and measures with {@code wrk} (16 connections) every list of
 * issue 15 beside a static file of the same server, at the shipped size and again after loading the
 * {@link LargeDataSet}; then the catalogue page idle and during a burst of 32 concurrent sign-ins.
 * Prints a table (req/s, p99, share of the static file's req/s) and appends it to the results file.
 *
 * <p>{@code -Dhub.benchmark.parts=lists,burst} chooses what runs; each list and the static file are
 * warmed up for {@code -Dhub.benchmark.warm-up=10s} and then all together until the JIT is done
 * with them ({@link #settle}), then measured in {@code -Dhub.benchmark.rounds=3} rounds of {@code
 * -Dhub.benchmark.round=5s} (the median is reported); {@code -Dhub.benchmark.duration=10s} is how
 * long each measurement of the burst lasts, {@code -Dhub.benchmark.concurrent-hashes=64,0} runs the
 * burst once per value of {@code hub.sign-in.concurrent-hashes}, each on a portal of its own (64:
 * no bound; 0: the default).
 */
public final class ListsBenchmark {

  static final String STATIC_FILE = "static/css/hub.css";

  /** The lists of issue 15's table, and who reads them. */
  static final List<String[]> LISTS =
      List.of(
          new String[] {"admin", "admin/catalogue/"},
          new String[] {"anyone", "catalogue/?q=decision"},
          new String[] {"anyone", "api/catalogue?q=decision"},
          new String[] {"anyone", "catalogue/?q=xylophonic"},
          new String[] {"admin", "admin/people/"},
          new String[] {"admin", "admin/people/?q=okonkwo"},
          new String[] {"admin", "admin/people/?page=201"},
          new String[] {"admin", "admin/people/?page=401"},
          new String[] {"lead", "pcn/"});

  private static final int CONNECTIONS = 16;
  private static final int SIGN_INS = 32;

  private ListsBenchmark() {}

  public static void main(String[] args) throws Exception {
    Setup setup = Setup.fromProperties("target/benchmark-lists");
    Path work = setup.work();
    String duration = System.getProperty("hub.benchmark.duration", "10s");
    String warmUp = System.getProperty("hub.benchmark.warm-up", "10s");
    int rounds = Integer.getInteger("hub.benchmark.rounds", 3);
    String roundLength = System.getProperty("hub.benchmark.round", "5s");
    List<String> parts =
        List.of(System.getProperty("hub.benchmark.parts", "lists,burst").split(","));

    Map<String, String> settings = new java.util.HashMap<>();
    settings.put("HUB_PAGE_CACHE_SECONDS", "0");
    settings.put("HUB_ADMIN_EMAIL", PortalLauncher.DEMO_ADMIN_EMAIL);
    settings.put("HUB_ADMIN_PASSWORD", PortalLauncher.DEMO_ADMIN_PASSWORD);
    // One portal per value (the lists are measured on the first); 0 is the portal's default.
    List<String> hashSettings =
        List.of(System.getProperty("hub.benchmark.concurrent-hashes", "0").split(","));
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "%n## %s: lists benchmark, %d connections, %d cores, load average %s at the start%n",
            Instant.now(), CONNECTIONS, Runtime.getRuntime().availableProcessors(), loadAverage()));
    for (int round = 0; round < hashSettings.size(); round++) {
      boolean lists = round == 0 && parts.contains("lists");
      if (!lists && !parts.contains("burst")) {
        break;
      }
      String hashes = hashSettings.get(round).strip();
      settings.put("HUB_SIGN_IN_CONCURRENT_HASHES", hashes);
      Directories.deleteRecursively(work.resolve("db"));
      try (EmbeddedPortal portal =
          EmbeddedPortal.start(
              setup.war(),
              setup.payaraJar(),
              work.resolve("db"),
              work.resolve("payara"),
              0,
              settings,
              false)) {
        String base = portal.baseUrl();
        if (lists) {
          report.append(lists(portal, warmUp, rounds, roundLength));
        }
        if (parts.contains("burst")) {
          report
              .append(
                  String.format(
                      "%nEach measured for %s, with hub.sign-in.concurrent-hashes=%s",
                      duration, hashes))
              .append(hashes.equals("0") ? " (the default: one per two cores):\n" : ":\n")
              .append(burst(base, duration));
        }
      }
    }
    report.append(String.format("%nLoad average at the end: %s%n", loadAverage()));
    System.out.println(report);
    setup.append(report.toString());
  }

  /** Each list at the shipped size, then again with the large data set loaded. */
  private static String lists(EmbeddedPortal portal, String warmUp, int rounds, String duration)
      throws Exception {
    String base = portal.baseUrl();
    StringBuilder report = new StringBuilder();
    Map<String, String> cookies = signIns(base);
    report
        .append(
            String.format(
                "%nEach address warmed up for %s, and all of them again until the JIT had at most"
                    + " %d methods queued; then %d rounds of %s each (the static file and every list"
                    + " in turn); the median round of each.%n",
                warmUp, JitQueue.SETTLED, rounds, duration))
        .append("\n| list | shipped req/s | p99 ms | vs static | large req/s | p99 ms |")
        .append(" vs static | errors |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
    List<Cost> shippedCost = new ArrayList<>();
    List<Run> shipped = measureLists(portal, cookies, warmUp, rounds, duration, shippedCost);
    String shippedLoad = loadAverage();
    try (Connection db = portal.database().connect()) {
      LargeDataSet.load(db);
    }
    List<Cost> largeCost = new ArrayList<>();
    List<Run> large = measureLists(portal, cookies, warmUp, rounds, duration, largeCost);
    String largeLoad = loadAverage();
    for (int i = 0; i < shipped.size(); i++) {
      Run s = shipped.get(i);
      Run l = large.get(i);
      report.append(
          String.format(
              "| `/%s` | %.0f | %.1f | %.2f | %.0f | %.1f | %.2f | %s |%n",
              s.name(),
              s.rps(),
              s.p99Millis(),
              s.rps() / shipped.get(0).rps(),
              l.rps(),
              l.p99Millis(),
              l.rps() / large.get(0).rps(),
              s.errors().equals("none") && l.errors().equals("none")
                  ? "none"
                  : s.errors() + " / " + l.errors()));
    }
    report
        .append("\nCPU per request (Payara Micro's JVM + MariaDB, ms; the median round):\n")
        .append("\n| list | shipped Payara | MariaDB | large Payara | MariaDB |\n")
        .append("|---|---:|---:|---:|---:|\n");
    for (int i = 0; i < shipped.size(); i++) {
      report.append(
          String.format(
              "| `/%s` | %.2f | %.2f | %.2f | %.2f |%n",
              shipped.get(i).name(),
              shippedCost.get(i).payara(),
              shippedCost.get(i).database(),
              largeCost.get(i).payara(),
              largeCost.get(i).database()));
    }
    report.append(
        String.format(
            "%nLoad average after the shipped size: %s; after the large size: %s%n",
            shippedLoad, largeLoad));
    return report.toString();
  }

  /** A signed-in session's cookie for each reader of the lists. */
  private static Map<String, String> signIns(String base) throws Exception {
    SignInClient admin = new SignInClient(base);
    SignInClient lead = new SignInClient(base);
    check(admin.signIn(PortalLauncher.DEMO_ADMIN_EMAIL, PortalLauncher.DEMO_ADMIN_PASSWORD));
    check(lead.signIn("lead@demo.traininghub.example", "demo-lead-password"));
    return Map.of("admin", admin.cookieHeader(), "lead", lead.cookieHeader(), "anyone", "");
  }

  private static void check(int status) {
    if (status != 303 && status != 302) {
      throw new IllegalStateException("Sign-in answered " + status + " instead of a redirect");
    }
  }

  /**
   * Every address warmed up first (the JIT compiles what each page runs only after thousands of
   * requests of it), then measured in {@code rounds} rounds of the static file and each list in
   * turn, so that a change in the machine's load falls on all of them alike; each address's median
   * round is reported.
   */
  private static List<Run> measureLists(
      EmbeddedPortal portal,
      Map<String, String> cookies,
      String warmUp,
      int rounds,
      String duration,
      List<Cost> costs)
      throws Exception {
    String base = portal.baseUrl();
    long payara = portal.payara().process().pid();
    long database = portal.database().server().pid();
    List<String[]> targets = new ArrayList<>();
    targets.add(new String[] {"anyone", STATIC_FILE});
    targets.addAll(LISTS);
    // -Dhub.benchmark.lists=admin/catalogue/,pcn/ measures only those (and the static file).
    String only = System.getProperty("hub.benchmark.lists", "");
    if (!only.isBlank()) {
      List<String> chosen = List.of(only.split(","));
      targets.removeIf(t -> !t[1].equals(STATIC_FILE) && !chosen.contains(t[1]));
    }
    for (String[] target : targets) {
      CatalogueBenchmark.wrk(base + target[1], CONNECTIONS, warmUp, cookie(cookies, target));
    }
    settle(
        payara,
        () -> {
          for (String[] target : targets) {
            CatalogueBenchmark.wrk(base + target[1], CONNECTIONS, "5s", cookie(cookies, target));
          }
        });
    List<List<Run>> measured = new ArrayList<>();
    List<List<Cost>> spent = new ArrayList<>();
    targets.forEach(t -> measured.add(new ArrayList<>()));
    targets.forEach(t -> spent.add(new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < targets.size(); i++) {
        String[] target = targets.get(i);
        double payaraBefore = ProcessCpu.millis(payara);
        double databaseBefore = ProcessCpu.millis(database);
        String output =
            CatalogueBenchmark.wrk(
                base + target[1], CONNECTIONS, duration, cookie(cookies, target));
        double requests = requests(output);
        Cost cost =
            new Cost(
                (ProcessCpu.millis(payara) - payaraBefore) / requests,
                (ProcessCpu.millis(database) - databaseBefore) / requests);
        Run run = CatalogueBenchmark.parse(target[1], output);
        System.out.printf(
            "round %d %s: %.0f req/s, p99 %.1f ms, CPU %.2f ms (Payara) + %.2f ms (MariaDB) a"
                + " request, %s%n",
            round + 1,
            run.name(),
            run.rps(),
            run.p99Millis(),
            cost.payara(),
            cost.database(),
            run.errors());
        measured.get(i).add(run);
        spent.get(i).add(cost);
      }
    }
    spent.forEach(
        c ->
            costs.add(
                new Cost(
                    median(c.stream().mapToDouble(Cost::payara)),
                    median(c.stream().mapToDouble(Cost::database)))));
    return measured.stream().map(ListsBenchmark::median).toList();
  }

  /** Work that warms the pages up once more. */
  interface WarmUp {
    void run() throws Exception;
  }

  /**
   * Warms the pages up until the JIT is done with them. A few seconds of each page are not enough
   * on two cores: HotSpot's one optimising (C2) compiler thread then has a queue of thousands of
   * methods to work through, which takes minutes and a whole core from the pages meanwhile, so that
   * a page measured too early is measured at half its speed (seen: the admin catalogue from 130 to
   * 250 req/s over four minutes of load). More rounds of every page run while the queue holds more
   * than a few methods, for at most {@code -Dhub.benchmark.settle=600} seconds.
   */
  static void settle(long payara, WarmUp warmUp) throws Exception {
    long limit = Long.getLong("hub.benchmark.settle", 600);
    long start = System.nanoTime();
    int queued = JitQueue.length(payara);
    while (queued > JitQueue.SETTLED && (System.nanoTime() - start) / 1_000_000_000 < limit) {
      warmUp.run();
      queued = JitQueue.length(payara);
    }
    System.out.printf(
        "JIT settled after %d s more warm-up: %d methods queued for compilation%n",
        (System.nanoTime() - start) / 1_000_000_000, queued);
  }

  /** CPU milliseconds a request cost Payara's JVM and the database server. */
  record Cost(double payara, double database) {}

  private static final java.util.regex.Pattern REQUESTS =
      java.util.regex.Pattern.compile("(\\d+) requests in");

  /** How many requests wrk's run made (at least one, to divide by). */
  static double requests(String wrkOutput) {
    java.util.regex.Matcher m = REQUESTS.matcher(wrkOutput);
    return m.find() ? Math.max(1, Long.parseLong(m.group(1))) : 1;
  }

  private static double median(java.util.stream.DoubleStream values) {
    double[] sorted = values.sorted().toArray();
    return sorted[sorted.length / 2];
  }

  /** The round of median req/s (its p99 with it); the errors of every round. */
  static Run median(List<Run> runs) {
    List<Run> byRps = runs.stream().sorted(java.util.Comparator.comparingDouble(Run::rps)).toList();
    Run median = byRps.get(byRps.size() / 2);
    String errors =
        runs.stream()
            .map(Run::errors)
            .filter(e -> !e.equals("none"))
            .reduce((a, b) -> a + "; " + b)
            .orElse("none");
    double p99 = runs.stream().mapToDouble(Run::p99Millis).sorted().toArray()[runs.size() / 2];
    return new Run(median.name(), median.rps(), median.p50Millis(), p99, errors);
  }

  /** wrk's options for {@code target}'s reader: the session cookie, for a signed-in page. */
  private static String[] cookie(Map<String, String> cookies, String[] target) {
    String cookie = cookies.get(target[0]);
    return cookie.isEmpty() ? new String[0] : new String[] {"-H", "Cookie: " + cookie};
  }

  /** The catalogue page idle, then while 32 clients sign in again and again. */
  private static String burst(String base, String duration) throws Exception {
    String page = base + "catalogue/";
    // A lone sign-in, five times one after another on the idle portal: the best of five.
    long lone = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      check(new SignInClient(base).signIn("coach@demo.traininghub.example", "demo-coach-password"));
      lone = Math.min(lone, (System.nanoTime() - start) / 1_000_000);
    }
    CatalogueBenchmark.wrk(page, CONNECTIONS, "5s");
    Run idle =
        CatalogueBenchmark.parse("idle", CatalogueBenchmark.wrk(page, CONNECTIONS, duration));
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger signedIn = new AtomicInteger();
    AtomicInteger busy = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(SIGN_INS);
    long burstStart = System.nanoTime();
    Run during;
    try {
      for (int i = 0; i < SIGN_INS; i++) {
        clients.submit(
            () -> {
              started.incrementAndGet();
              while (running.get()) {
                try {
                  int status =
                      new SignInClient(base)
                          .signIn("coach@demo.traininghub.example", "demo-coach-password");
                  (status == 302 || status == 303 ? signedIn : status == 503 ? busy : failed)
                      .incrementAndGet();
                } catch (IOException | RuntimeException e) {
                  failed.incrementAndGet();
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
      }
      // Let every client have its first sign-in under way before measuring.
      while (started.get() < SIGN_INS) {
        Thread.onSpinWait();
      }
      Thread.sleep(2000);
      during =
          CatalogueBenchmark.parse("during", CatalogueBenchmark.wrk(page, CONNECTIONS, duration));
    } finally {
      running.set(false);
      clients.shutdown();
      clients.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
    }
    double seconds = (System.nanoTime() - burstStart) / 1e9;
    return String.format(
        "%n| catalogue `/catalogue/` (page cache off) | req/s | p99 ms | errors |%n"
            + "|---|---:|---:|---|%n| idle | %.0f | %.1f | %s |%n"
            + "| during %d concurrent sign-ins | %.0f | %.1f | %s |%n%n"
            + "During the burst: %.0f%% of idle; %d sign-ins succeeded (%.1f a second), %d were"
            + " asked to try again (503), %d failed otherwise. A lone sign-in on the idle portal"
            + " (form and post): %d ms, the best of five.%n",
        idle.rps(),
        idle.p99Millis(),
        idle.errors(),
        SIGN_INS,
        during.rps(),
        during.p99Millis(),
        during.errors(),
        100 * during.rps() / idle.rps(),
        signedIn.get(),
        signedIn.get() / seconds,
        busy.get(),
        failed.get(),
        lone);
  }

  /** The 1- and 5-minute load averages, as {@code /proc/loadavg} gives them. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0]
          + " "
          + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[1];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
