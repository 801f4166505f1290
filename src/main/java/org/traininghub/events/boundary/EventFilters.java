package org.traininghub.events.boundary;

import jakarta.faces.model.SelectItem;
import java.util.ArrayList;
import java.util.List;
import org.traininghub.events.control.EventQuery;
import org.traininghub.events.entity.EventKind;

/**
 * The URL parameters of the list and the calendar as typed, set by their pages' {@code
 * f:viewParam}s and read all at once by {@link EventQuery#parse}, so that every problem is named;
 * and the options of their filter forms.
 */
public class EventFilters {

  private String kind;
  private String online;
  private String from;
  private String to;
  private String page;

  EventQuery.Parsed parse() {
    return EventQuery.parse(kind, online, from, to, page);
  }

  public static List<SelectItem> kinds() {
    List<SelectItem> options = new ArrayList<>();
    options.add(new SelectItem("", "Any kind"));
    for (EventKind k : EventKind.values()) {
      options.add(new SelectItem(EventQuery.slug(k), k.label()));
    }
    return options;
  }

  public static List<SelectItem> places() {
    return List.of(
        new SelectItem("", "Online or in person"),
        new SelectItem("yes", "Online"),
        new SelectItem("no", "In person"));
  }

  /** The kind chosen, as the URL writes it, or empty. */
  static String kindOf(EventQuery query) {
    return query.kind() == null ? "" : EventQuery.slug(query.kind());
  }

  /** "yes", "no", or empty. */
  static String onlineOf(EventQuery query) {
    return query.online() == null ? "" : query.online() ? "yes" : "no";
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getOnline() {
    return online;
  }

  public void setOnline(String online) {
    this.online = online;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
