package org.traininghub.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.traininghub.events.control.LondonText;
import org.traininghub.events.entity.Event;

/**
 * Event times for the booking pages, in Europe/London (e.g. "Sunday 29 March 2026, 10:00 to
 * 12:00").
 */
@Named
@ApplicationScoped
public class BookingTimes {

  public String span(Event event) {
    return LondonText.span(event.getStartsAt(), event.getEndsAt());
  }
}
