package org.traininghub.it;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Events written straight into the database, for tests of booking that need an event before the
 * admin pages exist to make one (a minimal stand-in for the events test helper; the integrator
 * merges them). Times are UTC instants, as the portal stores them.
 */
public final class EventRows {

  private EventRows() {}

  /**
   * A published in-person event for coaches, starting in {@code startsIn}, with the deadline an
   * hour before.
   */
  public static long published(String title, int capacity, Duration startsIn) {
    Instant start = Instant.now().plus(startsIn);
    return insert(
        title,
        capacity,
        start,
        start.plus(Duration.ofHours(2)),
        start.minus(Duration.ofHours(1)),
        "PUBLISHED",
        false,
        "COACH");
  }

  /**
   * An event with every field chosen.
   *
   * @param roles the audience roles, comma-separated (e.g. {@code COACH,PCN_LEAD})
   */
  public static long insert(
      String title,
      int capacity,
      Instant start,
      Instant end,
      Instant deadline,
      String status,
      boolean online,
      String roles) {
    String uid = UUID.randomUUID() + "@it.traininghub";
    Sql.update(
        "INSERT INTO event (uid, kind, title, description_html, starts_at, ends_at,"
            + " booking_deadline, online, venue_name, venue_address, joining_url, capacity,"
            + " organiser_name, organiser_email, status, published_at, created_at, updated_at)"
            + " VALUES (?, 'INDUCTION', ?, '<p>About it</p>', ?, ?, ?, ?, ?, ?, ?, ?,"
            + " 'Olive Organiser', 'events@it.traininghub.example', ?, UTC_TIMESTAMP(6),"
            + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
        uid,
        title,
        utc(start),
        utc(end),
        utc(deadline),
        online,
        online ? null : "The Hub Room",
        online ? null : "1 High Street, Cambridge CB1 1AA",
        online ? "https://meet.example.org/induction" : null,
        capacity,
        status);
    long id = Long.parseLong(Sql.scalar("SELECT id FROM event WHERE uid = ?", uid));
    for (String role : roles.split(",")) {
      Sql.update("INSERT INTO event_audience_role (event_id, role) VALUES (?, ?)", id, role);
    }
    return id;
  }

  /** The instant as the database's DATETIME(6) in UTC. */
  public static java.time.LocalDateTime utc(Instant instant) {
    return java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
  }
}
