package org.traininghub.events.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.traininghub.events.control.BookingCsv;
import org.traininghub.events.entity.Attendance;
import org.traininghub.events.entity.Booking;
import org.traininghub.events.entity.BookingStatus;
import org.traininghub.events.entity.Event;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.LazyTable;
import org.traininghub.platform.web.Messages;
import org.traininghub.platform.web.NotFound;

/**
 * One event's people for hub admins: the booking list with its CSV export ({@code
 * /admin/events/bookings.xhtml}) and the attendance register for the door ({@code
 * /admin/events/register.xhtml}), both by {@code ?id=}.
 */
@Named
@ViewScoped
public class EventPeople implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the pages show of the event. */
  public record Heading(
      long id,
      String title,
      Instant startsAt,
      int capacity,
      int booked,
      int waiting,
      boolean hasItem)
      implements Serializable {}

  /** One person on the list or the register. */
  public record Row(
      long id,
      String name,
      String email,
      String pcn,
      BookingStatus status,
      Instant requestedAt,
      Instant seatedAt,
      Attendance attendance)
      implements Serializable {

    static Row of(Booking b) {
      return new Row(
          b.getId(),
          b.getAccount().getDisplayName(),
          b.getAccount().getEmail(),
          b.getAccount().getPcn() == null ? "" : b.getAccount().getPcn().getName(),
          b.getStatus(),
          b.getRequestedAt(),
          b.getSeatedAt(),
          b.getAttendance());
    }

    public String statusLabel() {
      return status.label();
    }

    public boolean attended() {
      return attendance == Attendance.ATTENDED;
    }

    public boolean noShow() {
      return attendance == Attendance.NO_SHOW;
    }

    BookingCsv.Line line() {
      return new BookingCsv.Line(
          name,
          email,
          pcn,
          status.label(),
          requestedAt,
          seatedAt,
          attendance == null ? "" : attendance.label());
    }
  }

  @Inject transient EventPlanning planning;

  @Inject transient EventRegister register;

  private Long requestedId;
  private Heading event;
  private List<Row> seated;
  private final Rows rows = new Rows();

  /** With {@code ?id=}, the event; an unknown or missing id is a 404. */
  public void load() throws IOException {
    Optional<Event> found = requestedId == null ? Optional.empty() : planning.find(requestedId);
    if (found.isEmpty()) {
      NotFound.answer("No such event");
      return;
    }
    Event e = found.get();
    event =
        new Heading(
            e.getId(),
            e.getTitle(),
            e.getStartsAt(),
            e.getCapacity(),
            e.getBookedCount(),
            e.getWaitingCount(),
            e.getCatalogueItemId() != null);
  }

  /** The CSV of every booking, as a download. */
  public void download() throws IOException {
    List<BookingCsv.Line> lines =
        register.allBookings(event.id()).stream().map(Row::of).map(Row::line).toList();
    Faces.sendFile(
        BookingCsv.of(lines).getBytes(StandardCharsets.UTF_8),
        "bookings-event-" + event.id() + ".csv",
        true);
  }

  /** The people with a seat, read once per view and kept up to date by {@link #mark}. */
  public List<Row> getSeated() {
    if (seated == null) {
      seated = register.seated(event.id()).stream().map(Row::of).toList();
    }
    return seated;
  }

  public void attended(Row row) {
    mark(row, Attendance.ATTENDED);
  }

  public void noShow(Row row) {
    mark(row, Attendance.NO_SHOW);
  }

  private void mark(Row row, Attendance mark) {
    try {
      Row marked = Row.of(register.mark(row.id(), mark));
      seated = getSeated().stream().map(r -> r.id() == marked.id() ? marked : r).toList();
      Messages.info(row.name() + ": " + mark.label().toLowerCase(java.util.Locale.UK) + ".");
    } catch (InvalidInputException e) {
      Messages.error(e.problems().get(0).message());
    }
  }

  public long getAttendedCount() {
    return getSeated().stream().filter(Row::attended).count();
  }

  public LazyTable<Row> getRows() {
    return rows;
  }

  public Heading getEvent() {
    return event;
  }

  public Long getRequestedId() {
    return requestedId;
  }

  public void setRequestedId(Long requestedId) {
    this.requestedId = requestedId;
  }

  /** The event's bookings, a page at a time (the list has no search and one order). */
  private final class Rows extends LazyTable<Row> {

    private static final long serialVersionUID = 1L;

    @Override
    protected long count(String filter) {
      return register.countBookings(event.id());
    }

    @Override
    protected List<Row> rows(Request request) {
      return register.bookings(event.id(), request.page()).stream().map(Row::of).toList();
    }

    @Override
    protected Object key(Row row) {
      return row.id();
    }
  }
}
