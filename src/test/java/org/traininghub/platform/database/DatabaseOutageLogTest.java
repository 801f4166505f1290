package org.traininghub.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLNonTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An outage is two log lines however many failures it causes (issue 13, item 8). */
class DatabaseOutageLogTest {

  private final List<String> logged = new ArrayList<>();
  private final Logger outageLogger = Logger.getLogger(DatabaseOutageLog.class.getName());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    outageLogger.addHandler(capture);
    DatabaseOutageLog.checkBack(answering(true)); // no outage left from another test
    logged.clear();
  }

  @AfterEach
  void stopListening() {
    outageLogger.removeHandler(capture);
  }

  @Test
  void anOutageIsLoggedWhenItStartsAndWhenItEndsNotPerFailure() {
    Filter filter = DatabaseOutageLog.filter(null);
    for (int i = 0; i < 50; i++) {
      LogRecord pool =
          new LogRecord(
              Level.WARNING,
              "RAR5038:Unexpected exception while creating resource for pool hub. Exception :"
                  + " Connection could not be allocated because: Communications link failure");
      assertFalse(filter.isLoggable(pool), "a failed connection is counted, not logged");
      LogRecord ejb = new LogRecord(Level.WARNING, "EJB5184: A system exception occurred");
      ejb.setThrown(new RuntimeException(new SQLNonTransientConnectionException("gone", "08S01")));
      assertFalse(filter.isLoggable(ejb));
      DatabaseOutageLog.failed("GET /catalogue/");
    }
    assertEquals(1, logged.size(), logged.toString());
    assertTrue(logged.get(0).startsWith("The database is unavailable ("), logged.get(0));

    DatabaseOutageLog.checkBack(answering(false));
    assertEquals(1, logged.size(), "still away: nothing more");

    DatabaseOutageLog.checkBack(answering(true));
    assertEquals(2, logged.size(), logged.toString());
    assertTrue(logged.get(1).startsWith("The database is back after "), logged.get(1));
    assertTrue(logged.get(1).contains("150 failures"), logged.get(1));
  }

  @Test
  void aRollbackOnAConnectionTheDatabaseClosedIsCountedOnTheResourceManagersLogger() {
    assertTrue(
        DatabaseOutageLog.PER_FAILURE_LOGGERS.contains(
            "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource"),
        "RAR5031 is logged there, and a filter is not inherited from a parent logger");
    LogRecord rollback = new LogRecord(Level.SEVERE, "RAR5031:System Exception");
    rollback.setThrown(
        new jakarta.resource.spi.LocalTransactionException(
            "No operations allowed after connection closed."));
    assertFalse(DatabaseOutageLog.filter(null).isLoggable(rollback));
    assertEquals(1, logged.size(), logged.toString());
  }

  @Test
  void anyOtherRecordGoesThrough() {
    Filter filter = DatabaseOutageLog.filter(null);
    LogRecord other = new LogRecord(Level.WARNING, "EJB5184: A system exception occurred");
    other.setThrown(new IllegalStateException("a bug"));
    assertTrue(filter.isLoggable(other));
    assertTrue(logged.isEmpty());
  }

  /** A data source whose connections are valid or not. */
  private static DataSource answering(boolean valid) {
    Connection connection =
        (Connection)
            java.lang.reflect.Proxy.newProxyInstance(
                DatabaseOutageLogTest.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "isValid" -> valid;
                      default -> null;
                    });
    return (DataSource)
        java.lang.reflect.Proxy.newProxyInstance(
            DatabaseOutageLogTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getConnection" -> connection;
                  case "getLogWriter" -> new PrintWriter(System.out);
                  default -> null;
                });
  }
}
