package org.traininghub.events.boundary;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.traininghub.events.boundary.EventPlanning.ItemChoice;
import org.traininghub.events.control.EventForm;
import org.traininghub.events.control.LondonTime;
import org.traininghub.events.control.SeriesDates;
import org.traininghub.events.control.SeriesDates.Repeat;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventDetails;
import org.traininghub.events.entity.EventKind;
import org.traininghub.events.entity.EventStatus;
import org.traininghub.pcns.boundary.PcnChoices;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;
import org.traininghub.platform.web.Messages;
import org.traininghub.platform.web.NotFound;

/**
 * Creating and editing one event, its times typed in Europe/London. Problems are shown beside their
 * fields and nothing is saved; if someone else saved the event meanwhile, the admin is told instead
 * of overwriting it.
 */
@Named
@ViewScoped
public class EventEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient EventPlanning planning;

  @Inject transient PcnChoices pcnChoices;

  private Long requestedId;
  private Long id;
  private int version;
  private String originalTitle;
  private boolean cancelled;

  /** Apply an edit to this event only, or to it and every later date of its series. */
  public static final String THIS_ONLY = "THIS";

  public static final String EVERY_LATER = "LATER";

  /** A later date of the series being edited. */
  public record SeriesDate(long id, Instant startsAt) implements Serializable {}

  private final EventForm form = new EventForm();
  private Repeat repeat = Repeat.NONE;
  private String repeatTimes;
  private String repeatDates;
  private String scope = THIS_ONLY;
  private List<SeriesDate> later = List.of();
  private List<ItemChoice> catalogueItems;

  /** With {@code ?id=} (a view parameter), the event to edit; an unknown id is a 404. */
  public void load() throws IOException {
    if (requestedId == null) {
      return;
    }
    Optional<Event> event = planning.find(requestedId);
    if (event.isEmpty()) {
      NotFound.answer("No such event");
      return;
    }
    Event e = event.get();
    id = e.getId();
    version = e.getVersion();
    originalTitle = e.getTitle();
    cancelled = e.getStatus() == EventStatus.CANCELLED;
    form.fill(e.details());
    later =
        planning.seriesFrom(e).stream()
            .filter(other -> !other.getId().equals(e.getId()))
            .map(other -> new SeriesDate(other.getId(), other.getStartsAt()))
            .toList();
  }

  public String save() {
    List<Problem> problems = new ArrayList<>();
    EventDetails details = form.details(problems);
    List<LocalDate> dates =
        isCreating() && details != null
            ? SeriesDates.of(
                LondonTime.date(details.startsAt()), repeat, repeatTimes, repeatDates, problems)
            : List.of();
    List<EventDetails> all = new ArrayList<>();
    for (LocalDate day : dates) {
      all.add(form.details(day, problems));
    }
    if (!problems.isEmpty()) {
      show(problems);
      return null;
    }
    try {
      String done = isCreating() ? create(all) : revise(details, problems);
      if (!problems.isEmpty()) {
        show(problems);
        return null;
      }
      Messages.infoAfterRedirect(done);
      return "/admin/events/index.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      show(e.problems());
    } catch (OptimisticLockException | EJBException e) {
      if (!(e instanceof OptimisticLockException)
          && !(e.getCause() instanceof OptimisticLockException)) {
        throw e;
      }
      Messages.error(
          "Someone else saved this event while you were editing it, so your changes were not"
              + " saved. Open it again to see their version.");
    }
    return null;
  }

  private String create(List<EventDetails> all) {
    List<Event> saved = planning.createSeries(all);
    String title = saved.get(0).getTitle();
    return saved.size() == 1
        ? "Saved “" + title + "” as a draft: publish it when it is ready."
        : "Saved " + saved.size() + " dates of “" + title + "” as drafts: publish each when ready.";
  }

  /** This event, or it and the later dates of its series, each keeping its own date. */
  private String revise(EventDetails details, List<Problem> problems) {
    if (!EVERY_LATER.equals(scope) || later.isEmpty()) {
      Event saved = planning.revise(id, version, details);
      return "Saved “" + saved.getTitle() + "”.";
    }
    Map<Long, EventDetails> byId = new LinkedHashMap<>();
    byId.put(id, details);
    for (SeriesDate date : later) {
      EventDetails each = form.details(LondonTime.date(date.startsAt()), problems);
      if (each != null) {
        byId.put(date.id(), each);
      }
    }
    if (!problems.isEmpty()) {
      return "";
    }
    int count = planning.reviseSeries(id, version, byId);
    return "Saved “" + details.title() + "” and the " + (count - 1) + " later dates of its series.";
  }

  private static void show(List<Problem> problems) {
    Messages.error("Nothing has been saved: correct the fields marked below.");
    Messages.problems(
        "editor",
        problems.stream()
            .map(p -> new Problem(EventForm.formField(p.field()), p.message()))
            .toList());
  }

  public Repeat[] getRepeats() {
    return Repeat.values();
  }

  public Repeat getRepeat() {
    return repeat;
  }

  public void setRepeat(Repeat repeat) {
    this.repeat = repeat == null ? Repeat.NONE : repeat;
  }

  public String getRepeatTimes() {
    return repeatTimes;
  }

  public void setRepeatTimes(String repeatTimes) {
    this.repeatTimes = repeatTimes;
  }

  public String getRepeatDates() {
    return repeatDates;
  }

  public void setRepeatDates(String repeatDates) {
    this.repeatDates = repeatDates;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = EVERY_LATER.equals(scope) ? EVERY_LATER : THIS_ONLY;
  }

  /** The later dates of the series of the event being edited (none for a single event). */
  public List<SeriesDate> getLater() {
    return later;
  }

  public EventForm getForm() {
    return form;
  }

  public boolean isCreating() {
    return id == null;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  public Long getId() {
    return id;
  }

  public Long getRequestedId() {
    return requestedId;
  }

  public void setRequestedId(Long requestedId) {
    this.requestedId = requestedId;
  }

  /** The title as saved, for the heading while the field is being changed. */
  public String getOriginalTitle() {
    return originalTitle;
  }

  public EventKind[] getKinds() {
    return EventKind.values();
  }

  public Set<Role> getRoles() {
    return EnumSet.allOf(Role.class);
  }

  /** Read once per view. */
  public List<ItemChoice> getCatalogueItems() {
    if (catalogueItems == null) {
      catalogueItems = List.copyOf(planning.catalogueItems());
    }
    return catalogueItems;
  }

  public List<Pcn> getPcns() {
    return pcnChoices.open();
  }
}
