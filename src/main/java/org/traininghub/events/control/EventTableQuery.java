package org.traininghub.events.control;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.traininghub.events.entity.EventStatus;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.persistence.FullText;
import org.traininghub.platform.time.UtcInstantConverter;

/**
 * What an admin asks of the list of events ({@code /admin/events/}): which events (upcoming ones by
 * default), the words typed in "Search these events", the column to sort by and which way, and the
 * page. The column is one of a fixed list whatever the browser sent.
 */
public record EventTableQuery(
    Show show, String filter, Column sort, boolean descending, PageRequest page) {

  /** How many words of a search are used. */
  private static final int SEARCH_WORDS = 8;

  /** Which events the list holds. */
  public enum Show {
    UPCOMING("Upcoming (not cancelled)"),
    DRAFT("Drafts"),
    PUBLISHED("Published"),
    CANCELLED("Cancelled"),
    PAST("Past"),
    ALL("All events");

    private final String label;

    Show(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The sortable columns, by the {@code field} each has on the page. */
  public enum Column {
    STARTS("startsAt", "e.starts_at"),
    TITLE("title", "e.title"),
    STATUS("status", "e.status");

    private final String field;
    private final String sql;

    Column(String field, String sql) {
      this.field = field;
      this.sql = sql;
    }

    /** The column the page calls {@code field}; the start for anything else (or nothing). */
    public static Column byField(String field) {
      return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst().orElse(STARTS);
    }
  }

  public EventTableQuery {
    show = show == null ? Show.UPCOMING : show;
    filter = filter == null ? "" : filter.strip();
    sort = sort == null ? Column.STARTS : sort;
    Objects.requireNonNull(page, "page");
  }

  /** The list as SQL over the event table, at {@code now}. */
  public ListQuery list(Instant now) {
    ListQuery list = new ListQuery("event e");
    switch (show) {
      case UPCOMING ->
          list.where("e.status IN (?, ?)", EventStatus.DRAFT.name(), EventStatus.PUBLISHED.name())
              .where("e.starts_at >= ?", UtcInstantConverter.utc(now));
      case DRAFT, PUBLISHED, CANCELLED -> list.where("e.status = ?", show.name());
      case PAST -> list.where("e.starts_at < ?", UtcInstantConverter.utc(now));
      case ALL -> {
        // every event
      }
    }
    FullText.of(FullText.words(filter, SEARCH_WORDS), "e.title").addTo(list);
    String way = descending ? " DESC" : " ASC";
    String then = sort == Column.STARTS ? "" : ", e.starts_at" + way;
    return list.orderBy(sort.sql + way + then + ", e.id" + way);
  }
}
