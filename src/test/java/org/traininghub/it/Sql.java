package org.traininghub.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      statement.setObject(i + 1, params[i]);
    }
    return statement;
  }
}
