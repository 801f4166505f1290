package org.traininghub.events.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.traininghub.events.control.EventTableQuery;
import org.traininghub.events.control.EventTableQuery.Column;
import org.traininghub.events.control.EventTableQuery.Show;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventStatus;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.LazyTable;
import org.traininghub.platform.web.Messages;

/**
 * The admins' list of events, upcoming ones first by default, with publish and cancel (with a
 * reason, after a confirmation). The view keeps only small rows, not entities.
 */
@Named
@ViewScoped
public class EventAdministration implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the list. */
  public record Row(
      long id,
      String title,
      String kind,
      Instant startsAt,
      boolean online,
      String place,
      EventStatus status,
      int capacity,
      int booked,
      int waiting,
      boolean demo,
      Long seriesId)
      implements Serializable {

    static Row of(Event e) {
      return new Row(
          e.getId(),
          e.getTitle(),
          e.getKind().label(),
          e.getStartsAt(),
          e.isOnline(),
          e.isOnline() ? "Online" : e.getVenueName(),
          e.getStatus(),
          e.getCapacity(),
          e.getBookedCount(),
          e.getWaitingCount(),
          e.isDemo(),
          e.getSeriesId());
    }

    public boolean draft() {
      return status == EventStatus.DRAFT;
    }

    public boolean cancelled() {
      return status == EventStatus.CANCELLED;
    }

    public String statusLabel() {
      return status.label();
    }
  }

  @Inject transient EventPlanning planning;

  private final Rows rows = new Rows();
  private Show show = Show.UPCOMING;
  private Row cancelling;
  private String reason;

  public LazyTable<Row> getRows() {
    return rows;
  }

  public void publish(Row row) {
    try {
      planning.publish(row.id());
      Messages.info("“" + row.title() + "” is published: people can see it and book.");
    } catch (InvalidInputException e) {
      Messages.error(e.problems().get(0).message());
    }
  }

  /** Opens the cancellation dialog for {@code row}. */
  public void askToCancel(Row row) {
    cancelling = row;
    reason = null;
  }

  public void cancel() {
    if (cancelling == null) {
      return;
    }
    try {
      planning.cancel(cancelling.id(), reason);
      Messages.info(
          "“"
              + cancelling.title()
              + "” is cancelled."
              + (cancelling.status() == EventStatus.PUBLISHED
                  ? " Everyone booked or waiting is being emailed."
                  : ""));
      cancelling = null;
      reason = null;
      PrimeFaces.current().ajax().addCallbackParam("cancelled", true);
    } catch (InvalidInputException e) {
      Messages.problems("events", e);
    }
  }

  public Row getCancelling() {
    return cancelling;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Show getShow() {
    return show;
  }

  public void setShow(Show show) {
    this.show = show == null ? Show.UPCOMING : show;
  }

  public Show[] getShows() {
    return Show.values();
  }

  /** The table's rows: counted and read a page at a time through the facade. */
  private final class Rows extends LazyTable<Row> {

    private static final long serialVersionUID = 1L;

    @Override
    protected long count(String filter) {
      return planning.count(
          new EventTableQuery(show, filter, Column.STARTS, false, new PageRequest(1, 1)));
    }

    @Override
    protected List<Row> rows(Request request) {
      return planning
          .page(
              new EventTableQuery(
                  show,
                  request.filter(),
                  Column.byField(request.sortField()),
                  request.descending(),
                  request.page()),
              request.total())
          .stream()
          .map(Row::of)
          .toList();
    }

    @Override
    protected Object key(Row row) {
      return row.id();
    }
  }
}
