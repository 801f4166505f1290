package org.traininghub.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.traininghub.events.control.EventChanged;

/**
 * Deployed in tests only (see {@code TestWar}): remembers every {@link EventChanged} the admins'
 * facade fires, as the booking control will observe them; {@link EventChangedProbe} lists them.
 */
@ApplicationScoped
public class EventChangedRecorder {

  private final List<String> seen = new CopyOnWriteArrayList<>();

  void record(@Observes EventChanged changed) {
    seen.add(changed.eventId() + " " + changed.change());
  }

  /** "id CHANGE" for each notice, in the order fired. */
  public List<String> seen() {
    return List.copyOf(seen);
  }
}
