package org.traininghub.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;
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

  /**
   * Rows the portal itself writes through a registration (the account and its verification mail)
   * keep the microseconds of the instants it took them at; a server or driver that dropped them
   * would store whole seconds (a microsecond part of 0 has a chance of one in a million per row).
   */
  @Test
  void rowsThePortalWritesKeepTheirMicroseconds() {
    String email = "micro.seconds@it.traininghub.example";
    WebClient visitor = new WebClient();
    Map<String, String> form = WebClient.form(visitor.get("/access/register.xhtml"), "register");
    form.put("register:name", "Mica Seconds");
    form.put("register:email", email);
    form.put("register:password", "fractions of a second matter");
    form.put("register:confirmation", "fractions of a second matter");
    visitor.submit(form);

    assertEquals("1", Sql.scalar("SELECT COUNT(*) FROM account WHERE email = ?", email));
    assertEquals("1", Sql.scalar("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", email));
    assertNotEquals(
        "0",
        Sql.scalar("SELECT MICROSECOND(created_at) FROM account WHERE email = ?", email),
        "the account's created_at keeps its fractional seconds");
    assertNotEquals(
        "0",
        Sql.scalar("SELECT MICROSECOND(created_at) FROM mail_outbox WHERE recipient = ?", email),
        "the verification mail's created_at keeps its fractional seconds");
  }
}
