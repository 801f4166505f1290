package org.traininghub.launch;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.traininghub.launch.CatalogueBenchmark.Setup;
import org.traininghub.mail.control.NoDelaySockets;

/**
 * The newsletter benchmark ({@code mvn -Pbenchmark-newsletter package}, issue 11): a campaign to
 * 50,000 subscribers sent by the portal to Postfix's {@code smtp-sink} on loopback, and in the same
 * run a bare Jakarta Mail loop sending as many messages of the same size over as many connections
 * to the same sink.
 *
 * <p>The portal boots as the quick start does, on a fresh embedded database, with its bulk rate
 * limit off ({@code hub.mail.bulk-per-second=0}) and {@code hub.mail.connections} set to each value
 * of {@code -Dhub.benchmark.connections=1,4}. The subscribers (confirmed, one topic) are written
 * with SQL, then a campaign to that topic is scheduled for now; the portal's own jobs start it,
 * queue its audience and send it. Its rate is the recipients over the time from the campaign's
 * start (its {@code started_at}) to the last recipient's {@code sent_at}, audience queueing
 * included. The JVM's memory is sampled meanwhile: the heap after a full collection at the start,
 * half-way and at the end (the live data), and the process's resident size.
 *
 * <p>The bare loop then sends the same number of messages to the same sink: each a {@code
 * multipart/alternative} message built directly with Jakarta Mail from the campaign's stored text
 * and HTML (as the portal stored them, so of the same size) with the same list headers, spread over
 * the same number of connections, each one {@link Transport} kept open, with the portal's socket
 * option ({@link NoDelaySockets}). Prints a table and appends it to the results file.
 */
public final class NewsletterBenchmark {

  private static final String TOPIC = "HWBC_TRAINING";

  /** The warm-up campaign's topic: the first of the benchmark's subscribers have it too. */
  private static final String WARM_UP_TOPIC = "VOLUNTARY_SECTOR";

  private static final String DOMAIN = "bench.traininghub.example";

  private NewsletterBenchmark() {}

  public static void main(String[] args) throws Exception {
    Setup setup = Setup.fromProperties("target/benchmark-newsletter");
    Path work = setup.work();
    int recipients = Integer.getInteger("hub.benchmark.recipients", 50_000);
    int warmUp =
        Math.min(recipients, Integer.getInteger("hub.benchmark.warm-up-recipients", 10_000));
    List<Integer> connections =
        java.util.Arrays.stream(System.getProperty("hub.benchmark.connections", "1,4").split(","))
            .map(String::strip)
            .map(Integer::valueOf)
            .toList();
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "%n## %s: newsletter benchmark, %,d recipients after a warm-up of %,d, %d cores, load"
                + " average %s at the start%n%n| connections | portal msg/s | queued and sent in | bare loop msg/s |"
                + " sent in | portal / bare | live heap: start, half-way, end | largest resident"
                + " size |%n|---:|---:|---:|---:|---:|---:|---|---:|%n",
            Instant.now(),
            recipients,
            warmUp,
            Runtime.getRuntime().availableProcessors(),
            ListsBenchmark.loadAverage()));
    StringBuilder cpu = new StringBuilder();
    cpu.append(
        String.format(
            "%nCPU a message, ms (each process's user and system time over the run, divided by the"
                + " messages; Payara's includes the audience queue and one full collection"
                + " half-way; of which Payara's JIT compilers in parentheses):%n%n| connections | portal:"
                + " Payara (JIT) | MariaDB | smtp-sink | all | bare loop: its JVM (JIT) | smtp-sink"
                + " | all |%n|---:|---:|---:|---:|---:|---:|---:|---:|%n"));
    for (int n : connections) {
      try (Sink sink = Sink.start(work)) {
        Portal portal = portal(setup, work, sink, n, recipients, warmUp);
        long loopJvm = ProcessHandle.current().pid();
        if (warmUp > 0) {
          bare(sink, n, warmUp, portal.text(), portal.html(), portal.subject());
        }
        double loopBefore = ProcessCpu.millis(loopJvm);
        double loopJitBefore = ProcessCpu.compilerMillis(loopJvm);
        double loopSinkBefore = ProcessCpu.millis(sink.pid());
        Bare bare = bare(sink, n, recipients, portal.text(), portal.html(), portal.subject());
        double loopCpu = (ProcessCpu.millis(loopJvm) - loopBefore) / recipients;
        double loopJit = (ProcessCpu.compilerMillis(loopJvm) - loopJitBefore) / recipients;
        double loopSinkCpu = (ProcessCpu.millis(sink.pid()) - loopSinkBefore) / recipients;
        cpu.append(
            String.format(
                "| %d | %.2f (%.2f) | %.2f | %.2f | %.2f | %.2f (%.2f) | %.2f | %.2f |%n",
                n,
                portal.cpu().payara(),
                portal.cpu().jit(),
                portal.cpu().database(),
                portal.cpu().sink(),
                portal.cpu().all(),
                loopCpu,
                loopJit,
                loopSinkCpu,
                loopCpu + loopSinkCpu));
        long received = sink.awaitMessages(portal.sent() + warmUp + recipients);
        if (received != portal.sent() + warmUp + recipients) {
          throw new IllegalStateException(
              "The sink received "
                  + received
                  + " messages; the portal sent "
                  + portal.sent()
                  + " and the bare loop "
                  + (warmUp + recipients));
        }
        report.append(
            String.format(
                "| %d | %.0f | %.1f s | %.0f | %.1f s | %.0f%% | %s | %s |%n",
                n,
                recipients / portal.seconds(),
                portal.seconds(),
                recipients / bare.seconds(),
                bare.seconds(),
                100 * bare.seconds() / portal.seconds(),
                portal.liveHeap(),
                portal.largestResident()));
        System.out.printf(
            "%d connections: the sink received %,d messages: the portal's %,d (the campaigns and"
                + " the demo data's mail) and the bare loop's %,d%n",
            n, received, portal.sent(), warmUp + recipients);
      }
    }
    report.append(cpu);
    report.append(String.format("%nLoad average at the end: %s%n", ListsBenchmark.loadAverage()));
    System.out.println(report);
    setup.append(report.toString());
  }

  /** What the portal's run measured, and the wording it stored (for the bare loop). */
  record Portal(
      double seconds,
      long sent,
      String liveHeap,
      String largestResident,
      String subject,
      String text,
      String html,
      Cpu cpu) {}

  /**
   * CPU time in ms (or ms a message, after {@link #perMessageSince}) of the portal's processes:
   * Payara's JVM, of which its JIT compiler threads, MariaDB and the sink.
   */
  record Cpu(double payara, double jit, double database, double sink) {

    static Cpu now(long jvm, long database, long sink) {
      return new Cpu(
          ProcessCpu.millis(jvm),
          ProcessCpu.compilerMillis(jvm),
          ProcessCpu.millis(database),
          ProcessCpu.millis(sink));
    }

    /** What each process used since {@code before}, divided by {@code messages}. */
    Cpu perMessageSince(Cpu before, int messages) {
      return new Cpu(
          (payara - before.payara) / messages,
          (jit - before.jit) / messages,
          (database - before.database) / messages,
          (sink - before.sink) / messages);
    }

    /** The three processes together (the JIT is part of Payara's). */
    double all() {
      return payara + database + sink;
    }
  }

  record Bare(double seconds) {}

  private static Portal portal(
      Setup setup, Path work, Sink sink, int connections, int recipients, int warmUp)
      throws Exception {
    Map<String, String> settings = new HashMap<>();
    settings.put("HUB_MAIL_SMTP_HOST", "127.0.0.1");
    settings.put("HUB_MAIL_SMTP_PORT", Integer.toString(sink.port()));
    settings.put("HUB_MAIL_SMTP_TLS", "none");
    settings.put("HUB_MAIL_BULK_PER_SECOND", "0");
    settings.put("HUB_MAIL_CONNECTIONS", Integer.toString(connections));
    settings.put("HUB_MAIL_TICK_SECONDS", "1");
    settings.put("HUB_NEWSLETTER_CAMPAIGN_TICK_SECONDS", "1");
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
      long jvm = java(portal.payara().process().toHandle());
      try (Connection db = portal.database().connect()) {
        subscribers(db, recipients, warmUp);
        // Whatever the demo data queued (welcome mails, the demo newsletter) goes first.
        awaitNothingDue(db);
        if (warmUp > 0) {
          // A campaign to the first subscribers, then the JIT's queue worked off: the measured
          // campaign runs on a server as warm as one that has been up for days.
          long first = schedule(db, WARM_UP_TOPIC);
          System.out.printf("Warm-up campaign %d scheduled for %,d recipients%n", first, warmUp);
          while (progress(db, first)[1] == 0) {
            Thread.sleep(1000);
          }
          awaitJit(jvm);
        }
        String before = liveHeap(jvm);
        long resident = 0;
        long database = portal.database().server().pid();
        Cpu cpuBefore = Cpu.now(jvm, database, sink.pid());
        long campaign = schedule(db, TOPIC);
        String half = null;
        System.out.printf("Campaign %d scheduled for %,d recipients%n", campaign, recipients);
        while (true) {
          long[] progress = progress(db, campaign);
          resident = Math.max(resident, residentKb(jvm));
          if (half == null && progress[0] >= recipients / 2) {
            half = liveHeap(jvm);
          }
          if (progress[0] >= recipients && progress[1] == 1) {
            break;
          }
          Thread.sleep(1000);
        }
        Cpu cpu = Cpu.now(jvm, database, sink.pid()).perMessageSince(cpuBefore, recipients);
        String end = liveHeap(jvm);
        double seconds = seconds(db, campaign);
        String[] wording = wording(db, campaign);
        long sent = sentInAll(db);
        System.out.printf(
            "Portal, %d connections: %,d recipients in %.1f s%n", connections, recipients, seconds);
        return new Portal(
            seconds,
            sent,
            before + ", " + half + ", " + end,
            String.format("%,d MB", resident / 1024),
            wording[0],
            wording[1],
            wording[2],
            cpu);
      }
    }
  }

  /**
   * Waits, the server otherwise idle, until the JIT has at most {@link JitQueue#SETTLED} methods
   * queued (at most {@code -Dhub.benchmark.settle=300} seconds).
   */
  private static void awaitJit(long jvm) throws InterruptedException {
    long start = System.nanoTime();
    long limit = Long.getLong("hub.benchmark.settle", 300);
    int queued = JitQueue.length(jvm);
    while (queued > JitQueue.SETTLED && (System.nanoTime() - start) / 1e9 < limit) {
      Thread.sleep(1000);
      queued = JitQueue.length(jvm);
    }
    System.out.printf(
        "JIT settled %.0f s after the warm-up: %d methods queued%n",
        (System.nanoTime() - start) / 1e9, queued);
  }

  /**
   * {@code recipients} confirmed subscribers of the topic, the first {@code warmUp} of them of the
   * warm-up topic too, in one statement each.
   */
  private static void subscribers(Connection db, int recipients, int warmUp) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("SET SESSION max_recursive_iterations = " + (recipients + 1));
      s.executeUpdate(
          "INSERT INTO newsletter_subscriber (email, name, status, created_at)"
              + " WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
              + recipients
              + ") SELECT CONCAT('reader-', i, '@"
              + DOMAIN
              + "'), CONCAT('Reader ', i), 'CONFIRMED', UTC_TIMESTAMP(6) FROM n");
      s.executeUpdate(
          "INSERT INTO newsletter_subscriber_topic (subscriber_id, topic) SELECT id, '"
              + TOPIC
              + "' FROM newsletter_subscriber WHERE email LIKE '%@"
              + DOMAIN
              + "'");
      s.executeUpdate(
          "DELETE t FROM newsletter_subscriber_topic t JOIN newsletter_subscriber s"
              + " ON s.id = t.subscriber_id WHERE t.topic = '"
              + TOPIC
              + "' AND s.email NOT LIKE '%@"
              + DOMAIN
              + "'");
      s.executeUpdate(
          "DELETE FROM newsletter_subscriber_topic WHERE topic = '" + WARM_UP_TOPIC + "'");
      s.executeUpdate(
          "INSERT INTO newsletter_subscriber_topic (subscriber_id, topic) SELECT id, '"
              + WARM_UP_TOPIC
              + "' FROM newsletter_subscriber WHERE email LIKE '%@"
              + DOMAIN
              + "' ORDER BY id LIMIT "
              + warmUp);
    }
  }

  private static void awaitNothingDue(Connection db) throws Exception {
    for (int i = 0; i < 120; i++) {
      try (Statement s = db.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT COUNT(*) FROM mail_outbox WHERE status IN ('PENDING', 'SENDING')")) {
        r.next();
        if (r.getLong(1) == 0) {
          return;
        }
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("The demo data's mail was not sent within two minutes");
  }

  /** A newsletter of the size of the hub's: about 3.5 KB of text, 5.5 KB of HTML. */
  private static long schedule(Connection db, String topic) throws SQLException {
    StringBuilder html = new StringBuilder("<h2>Training for health and wellbeing coaches</h2>");
    StringBuilder text = new StringBuilder("Training for health and wellbeing coaches\n\n");
    for (int i = 1; i <= 12; i++) {
      html.append("<h3>Event ")
          .append(i)
          .append(": Personalised care in practice</h3><p>A half-day session for coaches new")
          .append(" to the role, with time to practise motivational interviewing and goal")
          .append(" setting with colleagues. <a href=\"https://traininghub.example/events/")
          .append(i)
          .append("\">Book a place</a></p>");
      text.append("Event ")
          .append(i)
          .append(": Personalised care in practice\nA half-day session for coaches new to the")
          .append(" role, with time to practise motivational interviewing and goal setting with")
          .append(" colleagues.\nBook a place: https://traininghub.example/events/")
          .append(i)
          .append("\n\n");
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO newsletter_campaign (subject, body_html, body_text, topics, status,"
                + " scheduled_at, created_at) VALUES (?, ?, ?, ?, 'SCHEDULED', UTC_TIMESTAMP(6),"
                + " UTC_TIMESTAMP(6))",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, "Training news for coaches (benchmark)");
      s.setString(2, html.toString());
      s.setString(3, text.toString());
      s.setString(4, topic);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Recipients sent so far, and 1 once the campaign is marked sent. */
  private static long[] progress(Connection db, long campaign) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT (SELECT COUNT(*) FROM mail_outbox o WHERE o.campaign_id = c.mail_campaign_id"
                + " AND o.status = 'SENT'), c.status = 'SENT' FROM newsletter_campaign c"
                + " WHERE c.id = ?")) {
      s.setLong(1, campaign);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return new long[] {r.getLong(1), r.getBoolean(2) ? 1 : 0};
      }
    }
  }

  /** Every message the portal sent, the campaign's and the demo data's. */
  private static long sentInAll(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** From the campaign's start to its last recipient's sending. */
  private static double seconds(Connection db, long campaign) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT TIMESTAMPDIFF(MICROSECOND, c.started_at, MAX(o.sent_at)) FROM"
                + " newsletter_campaign c JOIN mail_outbox o ON o.campaign_id = c.mail_campaign_id"
                + " WHERE c.id = ? GROUP BY c.started_at")) {
      s.setLong(1, campaign);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1) / 1e6;
      }
    }
  }

  /** The subject, text and HTML the portal stored for the campaign's messages. */
  private static String[] wording(Connection db, long campaign) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT m.subject, m.text_template, m.html_template FROM newsletter_campaign c"
                + " JOIN mail_campaign m ON m.id = c.mail_campaign_id WHERE c.id = ?")) {
      s.setLong(1, campaign);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return new String[] {r.getString(1), r.getString(2), r.getString(3)};
      }
    }
  }

  /**
   * The bare loop: {@code count} messages over {@code connections} connections, each kept open for
   * its share.
   */
  private static Bare bare(
      Sink sink, int connections, int count, String text, String html, String subject)
      throws Exception {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", Integer.toString(sink.port()));
    // The portal's socket option (Nagle off), so that the loop is compared at its best.
    props.put("mail.smtp.socketFactory", new NoDelaySockets.Plain());
    Session session = Session.getInstance(props);
    InternetAddress from = new InternetAddress("Training Hub <no-reply@traininghub.example>");
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<Integer>> done = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      done.add(
          pool.submit(
              () -> {
                int sent = 0;
                try (Transport transport = session.getTransport("smtp")) {
                  transport.connect();
                  for (int i = next.incrementAndGet(); i <= count; i = next.incrementAndGet()) {
                    MimeMessage m = message(session, from, i, subject, text, html);
                    transport.sendMessage(m, m.getAllRecipients());
                    sent++;
                  }
                }
                return sent;
              }));
    }
    int sent = 0;
    for (Future<Integer> f : done) {
      sent += f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    System.out.printf(
        "Bare loop, %d connections: %,d messages in %.1f s%n", connections, sent, seconds);
    return new Bare(seconds);
  }

  private static MimeMessage message(
      Session session, InternetAddress from, int i, String subject, String text, String html)
      throws MessagingException {
    String to = "reader-" + i + "@" + DOMAIN;
    MimeMessage m =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<bare." + i + "@traininghub.example>");
          }
        };
    m.setFrom(from);
    m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    m.setSubject(subject, "UTF-8");
    m.setSentDate(new Date());
    String unsubscribe = "https://traininghub.example/api/subscriptions/unsubscribe?t=" + i;
    m.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
    m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    m.setHeader("Auto-Submitted", "auto-generated");
    m.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(text.replace("{{", "").replace("}}", ""), "UTF-8");
    MimeBodyPart rich = new MimeBodyPart();
    rich.setText(html.replace("{{", "").replace("}}", ""), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative", plain, rich);
    m.setContent(alternative);
    m.saveChanges();
    return m;
  }

  /** Postfix's {@code smtp-sink} on a free loopback port, counting what it received. */
  static final class Sink implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path output;

    private Sink(Process process, int port, Path output) {
      this.process = process;
      this.port = port;
      this.output = output;
    }

    static Sink start(Path work) throws IOException, InterruptedException {
      Path binary = Path.of("/usr/sbin/smtp-sink");
      if (!Files.isExecutable(binary)) {
        throw new IllegalStateException(
            "smtp-sink is missing: install Postfix (apt-get install postfix)");
      }
      int port = EmbeddedPortal.freePort();
      Files.createDirectories(work);
      Path output = work.resolve("smtp-sink.out");
      List<String> command = new ArrayList<>(List.of(binary.toString(), "-c"));
      if ("root".equals(System.getProperty("user.name"))) {
        command.addAll(List.of("-u", "nobody"));
      }
      command.addAll(List.of("127.0.0.1:" + port, "256"));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      for (int i = 0; i < 100; i++) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
          return new Sink(process, port, output);
        } catch (IOException notYet) {
          Thread.sleep(100);
        }
      }
      process.destroy();
      throw new IllegalStateException("smtp-sink did not start: " + Files.readString(output));
    }

    int port() {
      return port;
    }

    long pid() {
      return process.pid();
    }

    /** Waits up to 10 s for {@code expected} messages; answers how many were received. */
    long awaitMessages(long expected) throws InterruptedException {
      long received = messages();
      for (int i = 0; i < 100 && received < expected; i++) {
        Thread.sleep(100);
        received = messages();
      }
      return received;
    }

    /**
     * Messages received so far: the last of the sink's running counters ({@code sess=… quit=…
     * mesg=N}, one a message or session, separated by carriage returns).
     */
    long messages() {
      try {
        String all = Files.readString(output, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("mesg=(\\d+)").matcher(all);
        long last = 0;
        while (m.find()) {
          last = Long.parseLong(m.group(1));
        }
        return last;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      process.destroy();
    }
  }

  /** The Java process itself: Payara may run under {@code setsid}. */
  private static long java(ProcessHandle payara) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(payara), payara.descendants())
        .filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false))
        .findFirst()
        .orElse(payara)
        .pid();
  }

  /** The heap in use right after a full collection: the live data. */
  private static String liveHeap(long pid) throws IOException, InterruptedException {
    run("jcmd", Long.toString(pid), "GC.run");
    String info = run("jcmd", Long.toString(pid), "GC.heap_info");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
    return m.find() ? String.format("%,d MB", Long.parseLong(m.group(2)) / 1024) : "?";
  }

  private static long residentKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone or not Linux
    }
    return 0;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
