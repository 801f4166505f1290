package org.traininghub.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stopping the portal (SIGTERM, Ctrl+C, {@code docker stop}) without cutting work in flight: the
 * requests being served and the mail message on the wire finish, within {@code
 * hub.shutdown.drain-seconds} (10 by default), before Payara Micro undeploys the portal and the
 * database may go.
 *
 * <p>Payara Micro's own stop, run by its JVM shutdown hook, does not wait for requests: it
 * undeploys at once (a servlet still serving is destroyed after two seconds, the EJB container, JPA
 * and the data source follow) and the JVM ends. The only wait it has is a fixed sleep before it
 * begins ({@code fish.payara.shutdowngrace}, in milliseconds), which this sets to the bound. This
 * class's own shutdown hook runs beside Payara's: from that moment a new request is answered 503
 * "briefly unavailable" ({@link RequestsInFlight}), the registered {@link Work} (the mail
 * dispatcher) takes nothing new, and once the requests in flight and the work have finished, it
 * ends Payara's sleep early (by interrupting the thread sleeping in it), so a stop with nothing in
 * flight is not slowed down. If a request is still running at the bound, Payara goes on stopping.
 */
@WebListener
public class GracefulStop implements ServletContextListener {

  /** The setting, as MicroProfile Config names it ({@code HUB_SHUTDOWN_DRAIN_SECONDS}). */
  public static final String DRAIN_SECONDS = "hub.shutdown.drain-seconds";

  /** Payara's grace before it stops anything, in milliseconds (read when its stop begins). */
  static final String PAYARA_GRACE = "fish.payara.shutdowngrace";

  /** The frame of Payara's grace sleep (GlassFishImpl.sleepShutdownGracePeriod). */
  private static final String GRACE_SLEEP = "sleepShutdownGracePeriod";

  private static final AtomicInteger requests = new AtomicInteger();
  private static final List<Work> work = new CopyOnWriteArrayList<>();
  private static volatile boolean stopping;

  private Thread hook;
  private boolean graceSetHere;

  /** Work that runs apart from requests and must not be cut (the mail message being sent). */
  public interface Work {

    /** Takes nothing new from now on (the current piece may go on). */
    void stopTaking();

    /** Whether a piece is still under way. */
    boolean busy();
  }

  /** Makes {@code w} finish before the portal stops; {@link #forget} it when it ends. */
  public static void register(Work w) {
    work.add(w);
  }

  public static void forget(Work w) {
    work.remove(w);
  }

  /**
   * Counts a request in; false once stopping has begun (the caller answers 503 instead). A request
   * counted in must be counted out with {@link #leave()}.
   */
  static boolean enter() {
    requests.incrementAndGet();
    if (stopping) {
      requests.decrementAndGet();
      return false;
    }
    return true;
  }

  static void leave() {
    requests.decrementAndGet();
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    stopping = false;
    Duration bound =
        Duration.ofSeconds(
            ConfigProvider.getConfig().getOptionalValue(DRAIN_SECONDS, Long.class).orElse(10L));
    if (System.getProperty(PAYARA_GRACE) == null) {
      System.setProperty(PAYARA_GRACE, Long.toString(bound.toMillis()));
      graceSetHere = true;
    }
    hook = new Thread(() -> drain(bound), "hub-graceful-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is stopping: the hook has run
    }
    if (graceSetHere) {
      System.clearProperty(PAYARA_GRACE);
    }
  }

  /**
   * What the hook does: waits for the work in flight, within {@code bound}, then lets Payara on.
   */
  static void drain(Duration bound) {
    long start = System.nanoTime();
    long deadline = start + bound.toNanos();
    stopping = true;
    work.forEach(Work::stopTaking);
    int atStart = requests.get();
    boolean busyAtStart = work.stream().anyMatch(Work::busy);
    while ((requests.get() > 0 || work.stream().anyMatch(Work::busy))
        && System.nanoTime() < deadline) {
      pause();
    }
    long tookMillis = (System.nanoTime() - start) / 1_000_000;
    int left = requests.get();
    boolean busyLeft = work.stream().anyMatch(Work::busy);
    if (left > 0 || busyLeft) {
      say(
          "Stopping: "
              + left
              + " request(s) still running and "
              + (busyLeft ? "a mail message still being sent" : "no mail being sent")
              + " after "
              + bound.toSeconds()
              + " s ("
              + DRAIN_SECONDS
              + "); stopping anyway (a cut request is rolled back, a cut message is sent"
              + " again later).");
    } else {
      say(
          "Stopping: "
              + atStart
              + " request(s) in flight"
              + (busyAtStart ? " and the mail message being sent" : "")
              + " finished in "
              + tookMillis
              + " ms; new requests were answered 503.");
    }
    while (System.nanoTime() < deadline) {
      if (endPayaraGrace()) {
        return;
      }
      pause();
    }
  }

  /**
   * Writes to standard output (the launcher's console, {@code docker logs}): java.util.logging's
   * handlers are closed by its own shutdown hook, which runs beside this one.
   */
  private static void say(String line) {
    System.out.println(line);
  }

  /** Interrupts Payara's grace sleep, if it is sleeping in it now. */
  private static boolean endPayaraGrace() {
    for (var thread : Thread.getAllStackTraces().entrySet()) {
      for (StackTraceElement frame : thread.getValue()) {
        if (GRACE_SLEEP.equals(frame.getMethodName())) {
          thread.getKey().interrupt();
          return true;
        }
      }
    }
    return false;
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
