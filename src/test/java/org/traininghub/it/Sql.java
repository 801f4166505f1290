package org.traininghub.it;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import org.awaitility.core.ConditionTimeoutException;

/** Plain SQL on the test stack's database, for what a test must see or arrange below the pages. */
public final class Sql {

  private Sql() {}

  /** The first column of the first row, as text; null when there is no row. */
  public static String scalar(String sql, Object... params) {
    try (Connection c = PortalStack.get().database().connect();
        PreparedStatement statement = prepare(c, sql, params);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getString(1) : null;
    } catch (SQLException e) {
      throw new AssertionError(sql + ": " + e.getMessage(), e);
    }
  }

  public static int update(String sql, Object... params) {
    try (Connection c = PortalStack.get().database().connect();
        PreparedStatement statement = prepare(c, sql, params)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new AssertionError(sql + ": " + e.getMessage(), e);
    }
  }

  /**
   * Polls {@link #scalar} until it answers {@code expected} (what the portal does in the background
   * shows within {@code timeout}); fails with the last answer otherwise.
   */
  public static void awaitScalar(String expected, Duration timeout, String sql, Object... params) {
    String[] last = {null};
    try {
      await()
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(100))
          .until(() -> Objects.equals(expected, last[0] = scalar(sql, params)));
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          sql + " answered " + last[0] + ", not " + expected + ", for " + timeout, e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      statement.setObject(i + 1, params[i]);
    }
    return statement;
  }
}
