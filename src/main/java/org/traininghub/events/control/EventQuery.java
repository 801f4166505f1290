package org.traininghub.events.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.traininghub.events.entity.EventKind;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.time.HubClock;
import org.traininghub.platform.validation.Problem;

/**
 * Which upcoming events are asked for, as it travels in a URL ({@code
 * ?kind=induction&online=no&from=2027-03-01&to=2027-03-31&page=2}) for the list, the calendar and
 * the API alike. Days are UK days (Europe/London); {@code to} is the last day included. A value
 * that cannot be read is refused with a message naming the parameter, never ignored.
 */
public record EventQuery(EventKind kind, Boolean online, LocalDate from, LocalDate to, int page) {

  public static final int PAGE_SIZE = 20;

  /** The most days one request may span (the calendar asks for six weeks at most). */
  static final int MAX_DAYS = 400;

  public static final EventQuery ALL = new EventQuery(null, null, null, null, 1);

  public EventQuery {
    page = Math.max(page, 1);
  }

  /** A kind as the URL writes it: {@code share-and-learn}. */
  public static String slug(EventKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kinds' URL values, for a message: "induction, webinar, ...". */
  public static String kindSlugs() {
    return Arrays.stream(EventKind.values())
        .map(EventQuery::slug)
        .collect(Collectors.joining(", "));
  }

  static Optional<EventKind> kindOf(String slug) {
    return Arrays.stream(EventKind.values()).filter(k -> slug(k).equals(slug)).findFirst();
  }

  public PageRequest pageRequest() {
    return new PageRequest(page, PAGE_SIZE);
  }

  public EventQuery withPage(int newPage) {
    return new EventQuery(kind, online, from, to, newPage);
  }

  /** The same filters over another span of days (the calendar's visible range). */
  public EventQuery between(LocalDate first, LocalDate last) {
    return new EventQuery(kind, online, first, last, 1);
  }

  /**
   * The first moment listed: the start of {@code from} in the UK, or {@code now} when that is later
   * (the list is of upcoming events).
   */
  public Instant start(Instant now) {
    if (from == null) {
      return now;
    }
    Instant dayStart = from.atStartOfDay(ZONE).toInstant();
    return dayStart.isAfter(now) ? dayStart : now;
  }

  /** The moment after the last one listed (the end of {@code to} in the UK), or null. */
  public Instant end() {
    return to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  private static final ZoneId ZONE = HubClock.HUB_ZONE;

  /** The query string that reproduces this query ({@code kind=...&online=no}), without defaults. */
  public String toQueryString() {
    StringJoiner query = new StringJoiner("&");
    if (kind != null) {
      query.add("kind=" + slug(kind));
    }
    if (online != null) {
      query.add("online=" + (online ? "yes" : "no"));
    }
    if (from != null) {
      query.add("from=" + from);
    }
    if (to != null) {
      query.add("to=" + to);
    }
    if (page > 1) {
      query.add("page=" + page);
    }
    return query.toString();
  }

  /**
   * Reads the URL's parameters ({@code kind, online, from, to, page}); each value that is not
   * allowed is a {@link Problem} naming the parameter and saying what is.
   */
  public static Parsed parse(String kind, String online, String from, String to, String page) {
    List<Problem> problems = new ArrayList<>();
    EventKind k = null;
    if (present(kind)) {
      k = kindOf(kind.strip()).orElse(null);
      if (k == null) {
        problems.add(new Problem("kind", "“kind” must be one of: " + kindSlugs()));
      }
    }
    Boolean o = null;
    if (present(online)) {
      switch (online.strip()) {
        case "yes", "true" -> o = true;
        case "no", "false" -> o = false;
        default ->
            problems.add(new Problem("online", "“online” must be yes (online) or no (in person)"));
      }
    }
    LocalDate f = day("from", from, problems);
    LocalDate t = day("to", to, problems);
    if (f != null && t != null) {
      if (t.isBefore(f)) {
        problems.add(new Problem("to", "“to” must be the same day as “from” or later"));
      } else if (f.plusDays(MAX_DAYS).isBefore(t)) {
        problems.add(new Problem("to", "“from” to “to” may span " + MAX_DAYS + " days at most"));
      }
    }
    int p = 1;
    if (present(page)) {
      try {
        p = Integer.parseInt(page.strip());
        if (p < 1 || p > 10_000) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        problems.add(new Problem("page", "“page” must be a whole number from 1"));
        p = 1;
      }
    }
    return new Parsed(new EventQuery(k, o, f, t, p), List.copyOf(problems));
  }

  /** The query read from a URL, with what could not be read (those parameters are left out). */
  public record Parsed(EventQuery query, List<Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  private static LocalDate day(String name, String value, List<Problem> problems) {
    if (!present(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(
          new Problem(name, "“" + name + "” must be a date written 2027-03-28 (year-month-day)"));
      return null;
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
