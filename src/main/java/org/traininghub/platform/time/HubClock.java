package org.traininghub.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the portal: everything the hub shows is in UK time (Europe/London). */
@ApplicationScoped
public class HubClock {

  public static final ZoneId HUB_ZONE = ZoneId.of("Europe/London");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(HUB_ZONE);
  }
}
