package org.traininghub.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.events.control.EventChanged;
import org.traininghub.events.control.EventTableQuery;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventDetails;
import org.traininghub.events.entity.EventStatus;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * The hub admins' way in to events: the list, creating, editing, publishing and cancelling. A
 * change that matters to people booked (time, place, link, title) or a cancellation of a published
 * event fires {@link EventChanged} in the same transaction, so their notices are queued with it.
 * Every change is in the audit log.
 */
@Stateless
@Allowed(Role.HUB_ADMIN)
public class EventPlanning {

  /** How long a cancellation's reason may be (the column's length). */
  public static final int REASON_MAX = 500;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject jakarta.enterprise.event.Event<EventChanged> changed;

  /** A catalogue item an event may deliver, for the editor's choice. */
  public record ItemChoice(long id, String title) implements java.io.Serializable {}

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count(EventTableQuery query) {
    return query.list(clock.instant()).count(em);
  }

  /**
   * One page of the list of {@code total} events: the page's ids (read from the nearer end), then
   * those events in one statement.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Event> page(EventTableQuery query, long total) {
    ListQuery list = query.list(clock.instant());
    return ListQuery.inOrder(list.ids(em, query.page(), total), this::withIds, Event::getId);
  }

  private List<Event> withIds(List<Long> ids) {
    return em.createNamedQuery(Event.WITH_IDS, Event.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Event> find(long id) {
    return Optional.ofNullable(em.find(Event.class, id));
  }

  /** The listed catalogue items, by title. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ItemChoice> catalogueItems() {
    return em.createQuery(
            "SELECT i.id, i.title FROM CatalogueItem i WHERE i.retiredAt IS NULL ORDER BY i.title",
            Object[].class)
        .getResultStream()
        .map(r -> new ItemChoice((Long) r[0], (String) r[1]))
        .toList();
  }

  /** A new draft; nobody sees it until it is published. */
  public Event create(EventDetails details) {
    knownItem(details);
    Event event = new Event(details, null, false, clock.instant());
    em.persist(event);
    em.flush();
    audit.record("event added", subject(event));
    return event;
  }

  /**
   * A series: one draft for each of {@code dates}' details (in date order), the first naming the
   * series. One event alone is no series.
   */
  public List<Event> createSeries(List<EventDetails> dates) {
    if (dates.size() == 1) {
      return List.of(create(dates.get(0)));
    }
    dates.forEach(this::knownItem);
    Instant now = clock.instant();
    Event first = new Event(dates.get(0), null, false, now);
    em.persist(first);
    em.flush();
    first.startSeries();
    List<Event> all = new ArrayList<>(List.of(first));
    for (EventDetails d : dates.subList(1, dates.size())) {
      Event next = new Event(d, first.getId(), false, now);
      em.persist(next);
      all.add(next);
    }
    em.flush();
    audit.record("event series added", dates.size() + " dates of " + subject(first));
    return all;
  }

  /** The events of {@code event}'s series from it on, not cancelled, in date order. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Event> seriesFrom(Event event) {
    if (event.getSeriesId() == null) {
      return List.of(event);
    }
    return em.createNamedQuery(Event.IN_SERIES, Event.class)
        .setParameter("seriesId", event.getSeriesId())
        .getResultStream()
        .filter(e -> !e.getStartsAt().isBefore(event.getStartsAt()))
        .filter(e -> e.getStatus() != EventStatus.CANCELLED)
        .toList();
  }

  /**
   * Revises an event and the later events of its series at once, all or none, provided nobody saved
   * the first since {@code expectedVersion} was read.
   *
   * @param details each event's new details, by id (the first is {@code id})
   */
  public int reviseSeries(long id, int expectedVersion, Map<Long, EventDetails> details) {
    Event first = existing(id);
    if (first.getVersion() != expectedVersion) {
      throw new OptimisticLockException("Event " + id + " was changed by someone else");
    }
    for (Map.Entry<Long, EventDetails> each : details.entrySet()) {
      knownItem(each.getValue());
      Event event = existing(each.getKey());
      if (!Objects.equals(event.getSeriesId(), first.getSeriesId())) {
        throw new InvalidInputException(
            List.of(new Problem("scope", "Those events are not of one series")));
      }
      reviseOne(event, each.getValue());
    }
    return details.size();
  }

  /**
   * Replaces an event's details, provided nobody saved it since {@code expectedVersion} was read.
   *
   * @throws OptimisticLockException when someone else saved it in between
   */
  public Event revise(long id, int expectedVersion, EventDetails details) {
    Event event = existing(id);
    if (event.getVersion() != expectedVersion) {
      throw new OptimisticLockException("Event " + id + " was changed by someone else");
    }
    knownItem(details);
    reviseOne(event, details);
    return event;
  }

  /** Revises one event (of a list, or of a series) and tells the people booked if it matters. */
  void reviseOne(Event event, EventDetails details) {
    boolean matters = event.revise(details, clock.instant());
    if (matters && event.getStatus() == EventStatus.PUBLISHED) {
      em.flush();
      changed.fire(new EventChanged(event.getId(), EventChanged.Change.UPDATED));
    }
    audit.record("event edited", subject(event));
  }

  /** Lists it and opens booking. */
  public Event publish(long id) {
    Event event = existing(id);
    if (event.getStatus() == EventStatus.DRAFT) {
      event.publish(clock.instant());
      audit.record("event published", subject(event));
    } else {
      event.publish(clock.instant()); // refuses a cancelled one
    }
    return event;
  }

  /** Cancels it; if it was published, everyone booked or waiting is told, with the reason. */
  public Event cancel(long id, String reason) {
    if (reason != null && reason.strip().length() > REASON_MAX) {
      throw new InvalidInputException(
          List.of(
              new Problem("reason", "The reason must be " + REASON_MAX + " characters or fewer")));
    }
    Event event = existing(id);
    if (event.getStatus() == EventStatus.CANCELLED) {
      return event;
    }
    boolean published = event.getStatus() == EventStatus.PUBLISHED;
    event.cancel(reason, clock.instant());
    em.flush();
    if (published) {
      changed.fire(new EventChanged(event.getId(), EventChanged.Change.CANCELLED));
    }
    audit.record("event cancelled", subject(event));
    return event;
  }

  Event existing(long id) {
    Event event = em.find(Event.class, id);
    if (event == null) {
      throw new InvalidInputException(List.of(new Problem("id", "This event no longer exists")));
    }
    return event;
  }

  void knownItem(EventDetails details) {
    if (details.catalogueItemId() != null
        && em.find(CatalogueItem.class, details.catalogueItemId()) == null) {
      throw new InvalidInputException(
          List.of(new Problem("catalogueItemId", "Choose a catalogue item from the list")));
    }
  }

  static String subject(Event event) {
    return "event " + event.getId() + ": " + event.getTitle();
  }
}
