package org.traininghub.events.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.events.control.LondonTime;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventDetails;
import org.traininghub.events.entity.EventKind;
import org.traininghub.platform.security.Role;

/**
 * Published demo events, so that a newcomer sees events at once: two "New to primary care"
 * inductions (the sooner has few seats, so that the demo bookings nearly fill it), the "Local
 * Voluntary Sector" induction run with the Care Network, and a webinar. Loaded only when {@code
 * hub.demo-data} is on (the embedded default), and only once. The booking component's demo bookings
 * come after ({@code @DependsOn("DemoEvents")}) and find them with {@link #events()}.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoEvents {

  private static final Logger LOG = Logger.getLogger(DemoEvents.class.getName());

  public static final String INDUCTION = "New to primary care induction (demo)";
  public static final String VOLUNTARY_SECTOR =
      "Induction into the Local Voluntary Sector, with the Care Network (demo)";
  public static final String WEBINAR = "Motivational interviewing in practice (demo webinar)";

  /** The sooner induction's seats: a few demo bookings leave it nearly full. */
  public static final int NEARLY_FULL_CAPACITY = 6;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "hub.demo-data", defaultValue = "false")
  boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled || em.createNamedQuery(Event.COUNT_DEMO, Long.class).getSingleResult() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
    Long induction = item("new-to-primary-care-induction");
    Long voluntary = item("induction-into-the-local-voluntary-sector");
    List<EventDetails> all = new ArrayList<>();
    all.add(
        inPerson(
            INDUCTION,
            induction,
            today.plusDays(10),
            NEARLY_FULL_CAPACITY,
            "<p>A day to find your feet in general practice: how PCNs work, who is who in the"
                + " practice team, and how personalised care roles fit in.</p>"
                + "<ul><li>Bring your smartcard if you have one</li><li>Lunch is provided</li>"
                + "</ul>"));
    all.add(
        inPerson(
            INDUCTION,
            induction,
            today.plusDays(45),
            20,
            "<p>The same induction, a few weeks later: book this one if the first is full.</p>"));
    all.add(
        online(
            VOLUNTARY_SECTOR,
            EventKind.INDUCTION,
            voluntary,
            today.plusDays(21),
            LocalTime.of(13, 30),
            Duration.ofHours(2),
            30,
            "Care Network (demo)",
            "<p>Run with the <strong>Care Network</strong>: who does what in the local voluntary"
                + " sector, and how to refer to it.</p>"));
    all.add(
        online(
            WEBINAR,
            EventKind.WEBINAR,
            null,
            today.plusDays(14),
            LocalTime.of(12, 30),
            Duration.ofMinutes(45),
            100,
            "Training hub (demo)",
            "<p>A lunchtime webinar: three techniques to try in your next conversation.</p>"));
    Instant now = clock.instant();
    for (EventDetails d : all) {
      Event event = new Event(d, null, true, now);
      event.publish(now);
      em.persist(event);
    }
    LOG.info(() -> "Loaded " + all.size() + " demo events");
  }

  /** The demo events, soonest first (the nearly full induction is the first induction). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Event> events() {
    return em.createQuery(
            "SELECT e FROM Event e WHERE e.demo = TRUE ORDER BY e.startsAt, e.id", Event.class)
        .getResultList();
  }

  private Long item(String slug) {
    return em.createQuery("SELECT i.id FROM CatalogueItem i WHERE i.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static EventDetails inPerson(
      String title, Long item, LocalDate day, int seats, String description) {
    Instant start = at(day, LocalTime.of(9, 30));
    return new EventDetails(
        EventKind.INDUCTION,
        title,
        description,
        item,
        start,
        at(day, LocalTime.of(16, 0)),
        at(day.minusDays(2), LocalTime.of(17, 0)),
        false,
        "Riverside Health Centre (demo)",
        "1 Example Street, Exampletown EX1 2AB",
        null,
        seats,
        "Training hub (demo)",
        "events@demo.traininghub.example",
        EnumSet.of(Role.COACH, Role.PCN_LEAD),
        Set.of());
  }

  private static EventDetails online(
      String title,
      EventKind kind,
      Long item,
      LocalDate day,
      LocalTime time,
      Duration length,
      int seats,
      String organiser,
      String description) {
    Instant start = at(day, time);
    return new EventDetails(
        kind,
        title,
        description,
        item,
        start,
        start.plus(length),
        start,
        true,
        null,
        null,
        "https://example.org/demo-meeting/" + day,
        seats,
        organiser,
        "events@demo.traininghub.example",
        EnumSet.of(Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN),
        Set.of());
  }

  private static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(LondonTime.ZONE).toInstant();
  }
}
