package org.traininghub.events.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.traininghub.events.control.EventQuery;
import org.traininghub.events.control.EventTimes;
import org.traininghub.platform.validation.Problem;

/**
 * The month calendar of events ({@code /events/calendar.xhtml}, PrimeFaces {@code p:schedule}):
 * lazy, so each month shown asks the database for its own days only. The filters travel in the URL
 * and, for the calendar's own requests, in hidden fields of its form; the page keeps no state.
 *
 * <p>Times are UK wall-clock times on both sides: the schedule is told its zone is UTC at the
 * server and in the browser, so FullCalendar shows each event at the hour it has in London,
 * whatever the browser's zone and without a named-zone plugin (which FullCalendar needs to show
 * Europe/London itself).
 */
@Named
@RequestScoped
public class EventMonth {

  @Inject EventListing listing;

  private EventQuery query = EventQuery.ALL;
  private List<Problem> problems = List.of();
  private ScheduleModel model;

  /**
   * Reads the filters from the request: the page's address, or the hidden fields of the calendar's
   * form on its own (ajax) requests.
   */
  @PostConstruct
  void readFilters() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    EventQuery.Parsed parsed =
        EventQuery.parse(params.get("kind"), params.get("online"), null, null, null);
    query = parsed.query();
    problems = parsed.problems();
  }

  /** A filter value that is not allowed answers 400, with the message instead of a calendar. */
  public void load() {
    if (!problems.isEmpty()) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
    }
  }

  /** The events of the days the calendar shows, loaded when it asks for them. */
  public ScheduleModel getModel() {
    if (model == null) {
      model = new Month();
    }
    return model;
  }

  private final class Month extends LazyScheduleModel {
    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      if (!problems.isEmpty()) {
        return;
      }
      LocalDate first = start.toLocalDate();
      LocalDate last =
          end.toLocalTime().equals(LocalTime.MIDNIGHT)
              ? end.toLocalDate().minusDays(1)
              : end.toLocalDate();
      for (EventCard event :
          listing.between(query.between(first, last)).stream().map(EventCard::of).toList()) {
        addEvent(
            DefaultScheduleEvent.builder()
                .id(Long.toString(event.id()))
                .title(event.title() + (event.online() ? " (online)" : ""))
                .startDate(EventTimes.wallClock(event.startsAt()))
                .endDate(EventTimes.wallClock(event.endsAt()))
                .url(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                        + event.path())
                .styleClass("hub-calendar__event hub-calendar__event--" + event.kind())
                .editable(false)
                .build());
      }
    }
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public List<SelectItem> getKinds() {
    return EventFilters.kinds();
  }

  public List<SelectItem> getPlaces() {
    return EventFilters.places();
  }

  public String getKind() {
    return EventFilters.kindOf(query);
  }

  public String getOnline() {
    return EventFilters.onlineOf(query);
  }

  public boolean isFiltered() {
    return query.kind() != null || query.online() != null;
  }

  /** The list with the same filters. */
  public String getListQuery() {
    String q = query.toQueryString();
    return q.isEmpty() ? "" : "?" + q;
  }
}
