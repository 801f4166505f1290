package org.traininghub.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.traininghub.events.entity.EventKind;
import org.traininghub.platform.security.Role;

/**
 * Events made for a test straight in the database (rows as the admin's pages and the booking
 * control leave them), so that tests of the public pages, the API and bookings need no admin UI:
 *
 * <pre>{@code
 * long id = Events.published("Aa induction").kind(EventKind.INDUCTION)
 *     .at(LocalDate.of(2027, 3, 28), LocalTime.of(10, 0)).venue("Hub office", "1 High St")
 *     .capacity(20).booked(17).waiting(2).create();
 * }</pre>
 *
 * Times are given in UK time (or as instants) and stored as UTC instants, as the portal stores
 * them. The seat counters are set as given, with no booking rows behind them (the pages read the
 * counters only). {@link #remove(String)} deletes a test's events (and their bookings) by title
 * prefix.
 */
public final class Events {

  public static final ZoneId UK = ZoneId.of("Europe/London");

  private String title;
  private String status = "PUBLISHED";
  private EventKind kind = EventKind.INDUCTION;
  private Instant starts = LocalDate.now(UK).plusDays(14).atTime(10, 0).atZone(UK).toInstant();
  private Duration length = Duration.ofHours(2);
  private Instant ends;
  private Instant deadline;
  private boolean online;
  private String venueName = "Training Hub office";
  private String venueAddress = "1 Market Street, Wisbech PE13 1AA";
  private String joiningUrl;
  private int capacity = 20;
  private int booked;
  private int waiting;
  private String description = "<p>A test event.</p>";
  private Long catalogueItemId;
  private Set<Role> audience = EnumSet.of(Role.COACH, Role.PCN_LEAD);
  private Long pcnId;
  private String cancelReason;

  private Events(String title) {
    this.title = title;
  }

  /** A published event, two weeks ahead at 10:00 for two hours, in person, 20 seats. */
  public static Events published(String title) {
    return new Events(title);
  }

  /** A draft: nobody but hub admins may see it. */
  public static Events draft(String title) {
    Events e = new Events(title);
    e.status = "DRAFT";
    return e;
  }

  /** Published, then cancelled for {@code reason}. */
  public static Events cancelled(String title, String reason) {
    Events e = new Events(title);
    e.status = "CANCELLED";
    e.cancelReason = reason;
    return e;
  }

  public Events kind(EventKind kind) {
    this.kind = kind;
    return this;
  }

  /** Starts on {@code day} at {@code time}, UK time. */
  public Events at(LocalDate day, LocalTime time) {
    return startsAt(day.atTime(time).atZone(UK).toInstant());
  }

  /** Starts at {@code instant}. */
  public Events startsAt(Instant instant) {
    this.starts = instant;
    return this;
  }

  /** Ends at {@code instant} (instead of {@link #lasting(Duration)} after the start). */
  public Events endsAt(Instant instant) {
    this.ends = instant;
    return this;
  }

  /** Booking closes at {@code instant} (by default a day before the start). */
  public Events deadline(Instant instant) {
    this.deadline = instant;
    return this;
  }

  /** Starts {@code days} from today at {@code time}, UK time (negative: in the past). */
  public Events inDays(int days, LocalTime time) {
    return at(LocalDate.now(UK).plusDays(days), time);
  }

  public Events lasting(Duration length) {
    this.length = length;
    return this;
  }

  /** Online, with a joining link only people booked may see. */
  public Events online(String joiningUrl) {
    this.online = true;
    this.joiningUrl = joiningUrl;
    this.venueName = null;
    this.venueAddress = null;
    return this;
  }

  public Events venue(String name, String address) {
    this.online = false;
    this.joiningUrl = null;
    this.venueName = name;
    this.venueAddress = address;
    return this;
  }

  public Events capacity(int capacity) {
    this.capacity = capacity;
    return this;
  }

  /** Sets the seat counter (no booking rows are made). */
  public Events booked(int booked) {
    this.booked = booked;
    return this;
  }

  /** Sets the waiting-list counter (no booking rows are made). */
  public Events waiting(int waiting) {
    this.waiting = waiting;
    return this;
  }

  /** Sanitised HTML, as the admin's editor saves it. */
  public Events description(String html) {
    this.description = html;
    return this;
  }

  /** Delivers the catalogue item of {@code slug}. */
  public Events delivers(String slug) {
    this.catalogueItemId =
        Long.parseLong(Sql.scalar("SELECT id FROM catalogue_item WHERE slug = ?", slug));
    return this;
  }

  public Events audience(Role... roles) {
    this.audience = EnumSet.copyOf(Set.of(roles));
    return this;
  }

  /** Only for people of the PCN named {@code name}. */
  public Events forPcn(String name) {
    this.pcnId = Long.parseLong(Sql.scalar("SELECT id FROM pcn WHERE name = ?", name));
    return this;
  }

  /**
   * A published in-person event for coaches only, with {@code capacity} seats, starting {@code
   * startsIn} from now and open for booking until an hour before; returns its id.
   */
  public static long open(String title, int capacity, Duration startsIn) {
    Instant start = Instant.now().plus(startsIn);
    return published(title)
        .startsAt(start)
        .deadline(start.minus(Duration.ofHours(1)))
        .capacity(capacity)
        .audience(Role.COACH)
        .create();
  }

  /** Inserts the event; returns its id. */
  public long create() {
    Instant ends = this.ends != null ? this.ends : starts.plus(length);
    Instant deadline = this.deadline != null ? this.deadline : starts.minus(Duration.ofDays(1));
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    try (Connection c = PortalStack.get().database().connect()) {
      long id;
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO event (uid, kind, title, description_html, catalogue_item_id,"
                  + " starts_at, ends_at, booking_deadline, online, venue_name, venue_address,"
                  + " joining_url, capacity, organiser_name, organiser_email, status,"
                  + " booked_count, waiting_count, published_at, cancelled_at, cancel_reason,"
                  + " created_at, updated_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        Object[] values = {
          UUID.randomUUID() + "@it.traininghub",
          kind.name(),
          title,
          description,
          catalogueItemId,
          utc(starts),
          utc(ends),
          utc(deadline),
          online,
          venueName,
          venueAddress,
          joiningUrl,
          capacity,
          "Hub events team",
          "events@it.traininghub.example",
          status,
          booked,
          waiting,
          "DRAFT".equals(status) ? null : now,
          "CANCELLED".equals(status) ? now : null,
          cancelReason,
          now,
          now
        };
        for (int i = 0; i < values.length; i++) {
          insert.setObject(i + 1, values[i]);
        }
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      for (Role role : audience) {
        try (PreparedStatement add =
            c.prepareStatement("INSERT INTO event_audience_role (event_id, role) VALUES (?, ?)")) {
          add.setLong(1, id);
          add.setString(2, role.name());
          add.executeUpdate();
        }
      }
      if (pcnId != null) {
        try (PreparedStatement add =
            c.prepareStatement("INSERT INTO event_audience_pcn (event_id, pcn_id) VALUES (?, ?)")) {
          add.setLong(1, id);
          add.setLong(2, pcnId);
          add.executeUpdate();
        }
      }
      return id;
    } catch (SQLException e) {
      throw new AssertionError("Could not insert the test event " + title + ": " + e, e);
    }
  }

  /** Deletes the events whose title starts with {@code prefix}, with their bookings. */
  public static void remove(String prefix) {
    String like = prefix.replace("%", "\\%").replace("_", "\\_") + "%";
    Sql.update(
        "DELETE FROM booking WHERE event_id IN (SELECT id FROM event WHERE title LIKE ?)", like);
    Sql.update("DELETE FROM event WHERE title LIKE ?", like);
  }

  /** The last Sunday of {@code month} in the first year from today in which it is still ahead. */
  public static LocalDate nextLastSunday(java.time.Month month) {
    LocalDate today = LocalDate.now(UK);
    for (int year = today.getYear(); ; year++) {
      LocalDate day =
          Year.of(year)
              .atMonth(month)
              .atEndOfMonth()
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
      if (day.isAfter(today)) {
        return day;
      }
    }
  }

  /** The instant as the database's DATETIME(6) in UTC. */
  public static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
