package org.traininghub.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

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
    Instant deadline = Instant.now().plus(timeout);
    String last = scalar(sql, params);
    while (!Objects.equals(expected, last) && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted", e);
      }
      last = scalar(sql, params);
    }
    if (!Objects.equals(expected, last)) {
      throw new AssertionError(
          sql + " answered " + last + ", not " + expected + ", for " + timeout);
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
