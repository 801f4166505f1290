package org.traininghub.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A database outage in the log as two lines: one when it starts (what failed first), one when it
 * ends (how long it lasted, how many failures it caused), instead of a stack trace or three from
 * the pool, EclipseLink and the EJB container for every request that met it. Each failure is
 * counted here where it arises: the EJB container never sees one ({@link
 * DatabaseAwayAtTheBoundary}), EclipseLink's log hands its entries here ({@link
 * OutageAwareSessionLog}), the 503 filter counts the requests, and the pool's and the mail
 * dispatcher's loggers get a {@link #filter}; {@link #checkBack} (every few seconds, see {@code
 * platform.web.DatabaseOutageLogging}) notices the end.
 */
public final class DatabaseOutageLog {

  private static final Logger LOG = Logger.getLogger(DatabaseOutageLog.class.getName());

  /**
   * Loggers that report each failed connection or call, by name: the pool (RAR5038, RAR5117,
   * RAR5114), the resource manager (RAR5031, a transaction rolled back on a connection the database
   * closed under it), the EJB container (a system exception per call) and the mail dispatcher's
   * tick. A filter is not inherited by a logger's children, so each is named.
   */
  public static final List<String> PER_FAILURE_LOGGERS =
      List.of(
          "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource",
          "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator",
          "javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors",
          "javax.enterprise.resource.resourceadapter.com.sun.gjc.spi",
          "jakarta.enterprise.ejb.container",
          "org.traininghub.mail.control.MailDispatcher");

  /** Words of Connector/J and the pool that mean "no connection", in a record's text. */
  private static final List<String> CONNECTION_FAILURE =
      List.of(
          "Communications link failure",
          "Connection refused",
          "Connection could not be allocated",
          "Error in allocating a connection",
          "Socket fail to connect");

  private static Instant since;
  private static long failures;

  private DatabaseOutageLog() {}

  /** Counts a failure caused by the database being away; the first of an outage is logged. */
  public static void failed(String what) {
    synchronized (DatabaseOutageLog.class) {
      failures++;
      if (since != null) {
        return;
      }
      since = Instant.now();
    }
    LOG.warning(
        () ->
            "The database is unavailable ("
                + what
                + "): pages answer 503 \"briefly unavailable\" until it is back. Further failures"
                + " are counted, not logged one by one; a line follows when it is back.");
  }

  /**
   * Logs a background job's failure with its trace at WARNING, unless the database being away
   * caused it: then it is counted with the outage, which is logged once.
   */
  public static void jobFailed(Logger log, String message, Throwable failure) {
    if (DatabaseUnavailable.causedBy(failure)) {
      failed(message + ": " + innermost(failure));
    } else {
      log.log(java.util.logging.Level.WARNING, message, failure);
    }
  }

  /** Whether an outage is going on, as far as this instance has seen. */
  public static boolean isOngoing() {
    synchronized (DatabaseOutageLog.class) {
      return since != null;
    }
  }

  /** During an outage, asks the database whether it is back, and if so logs its end. */
  public static void checkBack(DataSource dataSource) {
    if (!isOngoing()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(2)) {
        return;
      }
    } catch (SQLException | RuntimeException e) {
      return;
    }
    Duration length;
    long count;
    synchronized (DatabaseOutageLog.class) {
      if (since == null) {
        return;
      }
      length = Duration.between(since, Instant.now());
      count = failures;
      since = null;
      failures = 0;
    }
    LOG.warning(
        () ->
            "The database is back after "
                + length.toSeconds()
                + " s; "
                + count
                + " failures were caused by the outage.");
  }

  /**
   * A filter for the {@link #PER_FAILURE_LOGGERS}: a record about a failed connection is counted
   * here instead of logged; any other record goes to {@code previous} (or through).
   */
  public static Filter filter(Filter previous) {
    return record -> {
      if (isConnectionFailure(record)) {
        failed(summary(record));
        return false;
      }
      return previous == null || previous.isLoggable(record);
    };
  }

  static boolean isConnectionFailure(LogRecord record) {
    if (record.getThrown() != null && DatabaseUnavailable.causedBy(record.getThrown())) {
      return true;
    }
    String text = text(record);
    return CONNECTION_FAILURE.stream().anyMatch(text::contains);
  }

  private static String text(LogRecord record) {
    StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
    if (record.getParameters() != null) {
      for (Object parameter : record.getParameters()) {
        text.append(' ').append(parameter);
      }
    }
    // The pool's SQLException says "Connection could not be allocated" in its message only.
    Throwable t = record.getThrown();
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      text.append(' ').append(t.getMessage());
    }
    return text.toString();
  }

  private static String summary(LogRecord record) {
    Throwable t = record.getThrown();
    if (t == null) {
      String text = text(record).strip();
      int end = text.indexOf('\n');
      return end > 0 ? text.substring(0, end) : text;
    }
    return innermost(t);
  }

  /** The innermost cause of {@code failure}, as "SimpleName: message". */
  static String innermost(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; depth < 20 && t.getCause() != null && t.getCause() != t; depth++) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
