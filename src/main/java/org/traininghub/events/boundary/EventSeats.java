package org.traininghub.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventStatus;

/** An event as the booking panel reads it: published or cancelled ones only, for anyone. */
@Stateless
public class EventSeats {

  @PersistenceContext EntityManager em;

  public Optional<Event> bookable(long eventId) {
    return Optional.ofNullable(em.find(Event.class, eventId))
        .filter(e -> e.getStatus() != EventStatus.DRAFT);
  }
}
