package org.traininghub.events.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.traininghub.events.entity.EventDetails;
import org.traininghub.events.entity.EventKind;
import org.traininghub.events.entity.EventRules;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.platform.validation.Problem;
import org.traininghub.platform.validation.TypedIn;

/**
 * An event as the admin's form holds it: text as typed, the day and the times of the wall clock in
 * London. {@link #details(List)} reads it into {@link EventDetails} — the times through {@link
 * LondonTime}, the description through {@link DescriptionPolicy} — and collects every problem, each
 * named by the form field it belongs to, so that the admin sees them all at once.
 */
public class EventForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** In person or online. */
  public static final String IN_PERSON = "IN_PERSON";

  public static final String ONLINE = "ONLINE";

  private EventKind kind = EventKind.INDUCTION;
  private String title;
  private String descriptionHtml;
  private Long catalogueItemId;
  private String date;
  private String startTime;
  private String endTime;
  private String deadlineDate;
  private String deadlineTime;
  private String place = IN_PERSON;
  private String venueName;
  private String venueAddress;
  private String joiningUrl;
  private String capacity;
  private String organiserName;
  private String organiserEmail;
  private List<String> audienceRoles =
      new ArrayList<>(List.of(Role.COACH.name(), Role.PCN_LEAD.name()));
  private List<Long> audiencePcnIds = new ArrayList<>();

  /** Shows {@code d} in the form, its times in London. */
  public void fill(EventDetails d) {
    kind = d.kind();
    title = d.title();
    descriptionHtml = d.descriptionHtml();
    catalogueItemId = d.catalogueItemId();
    date = LondonTime.date(d.startsAt()).toString();
    startTime = LondonTime.time(d.startsAt());
    endTime = LondonTime.time(d.endsAt());
    if (d.bookingDeadline().equals(d.startsAt())) {
      deadlineDate = null;
      deadlineTime = null;
    } else {
      deadlineDate = LondonTime.date(d.bookingDeadline()).toString();
      deadlineTime = LondonTime.time(d.bookingDeadline());
    }
    place = d.online() ? ONLINE : IN_PERSON;
    venueName = d.venueName();
    venueAddress = d.venueAddress();
    joiningUrl = d.joiningUrl();
    capacity = String.valueOf(d.capacity());
    organiserName = d.organiserName();
    organiserEmail = d.organiserEmail();
    audienceRoles = new ArrayList<>(d.audienceRoles().stream().map(Role::name).sorted().toList());
    audiencePcnIds = new ArrayList<>(d.audiencePcnIds());
  }

  /**
   * The details typed, on the form's own day; null (with {@code problems} filled) when a value
   * cannot be read or the details break {@link EventRules}.
   */
  public EventDetails details(List<Problem> problems) {
    return details(day(problems), problems);
  }

  /**
   * The details typed, on {@code day} (one date of a series); the booking deadline keeps its
   * distance from the start. Null (with {@code problems} filled) when something is wrong.
   */
  public EventDetails details(LocalDate day, List<Problem> problems) {
    List<Problem> found = new ArrayList<>();
    TypedIn typed = new TypedIn();
    Integer seats =
        typed.wholeNumber("capacity", capacity, "Enter the number of seats as a whole number");
    found.addAll(typed.problems());
    DescriptionPolicy.Cleaned description = DescriptionPolicy.clean(descriptionHtml);
    if (description.isRefused()) {
      found.add(
          new Problem(
              "descriptionHtml",
              "The description contains code that is not allowed ("
                  + String.join(", ", description.refused())
                  + "): remove it and use the editor's buttons for formatting"));
    }
    Instant startsAt = null;
    Instant endsAt = null;
    Instant deadline = null;
    LocalTime start = time("startTime", startTime, "when the event starts", found);
    LocalTime end = time("endTime", endTime, "when the event ends", found);
    if (day != null && start != null) {
      startsAt = LondonTime.instant("startTime", day, start, found);
    }
    if (day != null && end != null) {
      endsAt = LondonTime.instant("endTime", day, end, found);
    }
    long shift =
        day == null
            ? 0
            : ChronoUnit.DAYS.between(
                date == null ? day : BritishDates.parse(date).orElse(day), day);
    deadline = deadline(startsAt, shift, found);
    EventDetails details =
        new EventDetails(
            kind,
            title,
            description.html(),
            catalogueItemId,
            startsAt,
            endsAt,
            deadline,
            ONLINE.equals(place),
            blankToNull(venueName),
            blankToNull(venueAddress),
            blankToNull(joiningUrl),
            seats == null ? 0 : seats,
            organiserName,
            organiserEmail,
            roles(),
            Set.copyOf(audiencePcnIds));
    List<String> explained = found.stream().map(Problem::field).toList();
    for (Problem p : EventRules.check(details, 0)) {
      String field = formField(p.field());
      // a time that could not be read (or does not exist) is already explained
      boolean unread =
          explained.contains(field)
              || (field.equals("startTime") && startsAt == null)
              || (field.equals("endTime") && endsAt == null)
              || (field.equals("deadlineDate") && deadline == null);
      if (!unread) {
        found.add(new Problem(field, p.message()));
      }
    }
    problems.addAll(found);
    return found.isEmpty() ? details : null;
  }

  /** Where each of {@link EventRules}' fields is on the form. */
  public static String formField(String rulesField) {
    return switch (rulesField) {
      case "startsAt" -> "startTime";
      case "endsAt" -> "endTime";
      case "bookingDeadline" -> "deadlineDate";
      default -> rulesField;
    };
  }

  private LocalDate day(List<Problem> problems) {
    if (date == null || date.isBlank()) {
      problems.add(new Problem("date", "Enter the date of the event, for example 29/03/2026"));
      return null;
    }
    return BritishDates.parse(date)
        .orElseGet(
            () -> {
              problems.add(
                  new Problem("date", "Enter the date as a real date, for example 29/03/2026"));
              return null;
            });
  }

  /** When booking closes: typed for the form's own day, {@code shift} days later for another. */
  private Instant deadline(Instant startsAt, long shift, List<Problem> problems) {
    boolean noDate = deadlineDate == null || deadlineDate.isBlank();
    boolean noTime = deadlineTime == null || deadlineTime.isBlank();
    if (noDate && noTime) {
      return startsAt; // booking stays open until the start
    }
    if (noDate || noTime) {
      problems.add(
          new Problem(
              "deadlineDate",
              "Enter both the date and the time booking closes, or leave both empty to close it"
                  + " at the start"));
      return null;
    }
    LocalDate day = BritishDates.parse(deadlineDate).orElse(null);
    LocalTime time = LondonTime.parseTime(deadlineTime).orElse(null);
    if (day == null || time == null) {
      problems.add(
          new Problem(
              "deadlineDate",
              "Enter when booking closes as a real date and time, for example 28/03/2026 17:00"));
      return null;
    }
    return LondonTime.instant("deadlineDate", day.plusDays(shift), time, problems);
  }

  private static LocalTime time(String field, String text, String what, List<Problem> problems) {
    if (text == null || text.isBlank()) {
      problems.add(new Problem(field, "Enter " + what + ", for example 10:00"));
      return null;
    }
    return LondonTime.parseTime(text)
        .orElseGet(
            () -> {
              problems.add(
                  new Problem(field, "Enter " + what + " as a 24-hour time, for example 14:30"));
              return null;
            });
  }

  /** The roles ticked (names a browser could have changed are ignored). */
  private Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (audienceRoles.contains(role.name())) {
        roles.add(role);
      }
    }
    return roles;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  // the form's fields

  public EventKind getKind() {
    return kind;
  }

  public void setKind(EventKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  /**
   * The description as the editor shows it: always through the policy, because the editor writes
   * its value into the page as markup (so a refused description comes back without its script).
   */
  public String getDescriptionHtml() {
    return DescriptionPolicy.clean(descriptionHtml).html();
  }

  public void setDescriptionHtml(String descriptionHtml) {
    this.descriptionHtml = descriptionHtml;
  }

  public Long getCatalogueItemId() {
    return catalogueItemId;
  }

  public void setCatalogueItemId(Long catalogueItemId) {
    this.catalogueItemId = catalogueItemId;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getStartTime() {
    return startTime;
  }

  public void setStartTime(String startTime) {
    this.startTime = startTime;
  }

  public String getEndTime() {
    return endTime;
  }

  public void setEndTime(String endTime) {
    this.endTime = endTime;
  }

  public String getDeadlineDate() {
    return deadlineDate;
  }

  public void setDeadlineDate(String deadlineDate) {
    this.deadlineDate = deadlineDate;
  }

  public String getDeadlineTime() {
    return deadlineTime;
  }

  public void setDeadlineTime(String deadlineTime) {
    this.deadlineTime = deadlineTime;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getVenueName() {
    return venueName;
  }

  public void setVenueName(String venueName) {
    this.venueName = venueName;
  }

  public String getVenueAddress() {
    return venueAddress;
  }

  public void setVenueAddress(String venueAddress) {
    this.venueAddress = venueAddress;
  }

  public String getJoiningUrl() {
    return joiningUrl;
  }

  public void setJoiningUrl(String joiningUrl) {
    this.joiningUrl = joiningUrl;
  }

  public String getCapacity() {
    return capacity;
  }

  public void setCapacity(String capacity) {
    this.capacity = capacity;
  }

  public String getOrganiserName() {
    return organiserName;
  }

  public void setOrganiserName(String organiserName) {
    this.organiserName = organiserName;
  }

  public String getOrganiserEmail() {
    return organiserEmail;
  }

  public void setOrganiserEmail(String organiserEmail) {
    this.organiserEmail = organiserEmail;
  }

  public List<String> getAudienceRoles() {
    return audienceRoles;
  }

  public void setAudienceRoles(List<String> audienceRoles) {
    this.audienceRoles = audienceRoles == null ? new ArrayList<>() : audienceRoles;
  }

  public List<Long> getAudiencePcnIds() {
    return audiencePcnIds;
  }

  public void setAudiencePcnIds(List<Long> audiencePcnIds) {
    this.audiencePcnIds = audiencePcnIds == null ? new ArrayList<>() : audiencePcnIds;
  }
}
