package org.traininghub.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.traininghub.it.PortalStack;
import org.traininghub.platform.time.UtcInstantConverter;

/**
 * Connector/J against a MariaDB that reports itself as 5.5.5-10.x silently drops fractional
 * seconds; this proves that instants keep their microseconds on the database the portal uses.
 */
class MicrosecondTimestampIT {

  @Test
  void anInstantKeepsItsMicrosecondsThroughTheDatabase() throws SQLException {
    UtcInstantConverter converter = new UtcInstantConverter();
    Instant written =
        Instant.parse("2026-03-29T00:59:59.123456Z"); // an hour before the clocks change
    try (Connection c = PortalStack.get().database().connect()) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TEMPORARY TABLE instant_round_trip (at DATETIME(6) NOT NULL)");
      }
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO instant_round_trip (at) VALUES (?)")) {
        insert.setObject(1, converter.convertToDatabaseColumn(written));
        insert.executeUpdate();
      }
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT at, MICROSECOND(at) FROM instant_round_trip")) {
        r.next();
        assertEquals(123456, r.getInt(2), "microseconds stored by the server");
        assertEquals(
            written, converter.convertToEntityAttribute(r.getObject(1, LocalDateTime.class)));
      }
    }
  }

  @Test
  void thePortalWritesMicrosecondsToo() throws SQLException {
    try (Connection c = PortalStack.get().database().connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM catalogue_item WHERE MICROSECOND(created_at) <> 0")) {
      r.next();
      // items are created at distinct instants from a microsecond clock: not all can fall on a
      // whole second
      assertTrue(r.getInt(1) > 0, "some created_at values carry fractional seconds");
    }
  }
}
