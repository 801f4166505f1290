package org.traininghub.events.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.traininghub.events.control.EventQuery;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.validation.Problem;

/**
 * The list of upcoming events ({@code /events/}): filters and page travel in the URL, the database
 * pages, and the page keeps no state and opens no session. It is also the calendar's accessible
 * alternative.
 */
@Named
@RequestScoped
public class EventList {

  @Inject EventListing listing;

  private final EventFilters url = new EventFilters();
  private EventQuery query = EventQuery.ALL;
  private List<Problem> problems = List.of();
  private Page<EventCard> results = Page.empty(EventQuery.PAGE_SIZE);

  public EventFilters getUrl() {
    return url;
  }

  /** Checks the URL; a value that is not allowed answers 400 with a message instead of a list. */
  public void load() {
    EventQuery.Parsed parsed = url.parse();
    query = parsed.query();
    problems = parsed.problems();
    if (!parsed.valid()) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
      return;
    }
    results = listing.upcoming(query).map(EventCard::of);
    if (!results.exists()) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
      problems =
          List.of(
              new Problem(
                  "page",
                  "There is no page "
                      + results.page()
                      + " of these events: they fill "
                      + (results.pageCount() == 1 ? "1 page" : results.pageCount() + " pages")));
      results = Page.empty(EventQuery.PAGE_SIZE);
    }
  }

  public List<EventCard> getEvents() {
    return results.items();
  }

  public long getTotal() {
    return results.total();
  }

  public int getPage() {
    return results.page();
  }

  public int getPageCount() {
    return results.pageCount();
  }

  public String getPreviousPage() {
    return results.previous(this::pageQuery);
  }

  public String getNextPage() {
    return results.next(this::pageQuery);
  }

  /** The calendar with the same filters. */
  public String getCalendarQuery() {
    String q = new EventQuery(query.kind(), query.online(), null, null, 1).toQueryString();
    return q.isEmpty() ? "" : "?" + q;
  }

  private String pageQuery(int page) {
    String q = query.withPage(page).toQueryString();
    return q.isEmpty() ? "" : "?" + q;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public boolean isFiltered() {
    return query.kind() != null
        || query.online() != null
        || query.from() != null
        || query.to() != null;
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

  public String getFrom() {
    return query.from() == null ? "" : query.from().toString();
  }

  public String getTo() {
    return query.to() == null ? "" : query.to().toString();
  }
}
