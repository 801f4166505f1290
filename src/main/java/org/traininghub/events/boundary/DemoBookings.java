package org.traininghub.events.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.accounts.entity.Account;
import org.traininghub.events.control.SeatAllocation;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventKind;
import org.traininghub.platform.security.Role;

/**
 * Demo bookings on the demo events (embedded default, {@code hub.demo-data}), once: the sooner "New
 * to primary care" induction full with the demo coach first on its waiting list, the later one
 * nearly full (two seats left), and the demo coach booked on the webinar. The seats go to demo
 * attendees (invited accounts that cannot sign in) and the demo people, through {@link
 * SeatAllocation} like any booking, after {@link DemoEvents} has made the events, but without mail:
 * nobody asked for these seats, and the attendees' addresses are nobody's. They are made on the
 * first start only (none is made while a demo event has a booking), so a restart mails nothing.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "DemoPeople", "DemoEvents"})
public class DemoBookings {

  private static final Logger LOG = Logger.getLogger(DemoBookings.class.getName());
  @PersistenceContext EntityManager em;

  @Inject SeatAllocation seats;

  @Inject Clock clock;

  @Inject DemoEvents demoEvents;

  @Inject
  @ConfigProperty(name = "hub.demo-data", defaultValue = "false")
  boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    List<Event> events = demoEvents.events();
    if (events.isEmpty()) {
      return;
    }
    long booked =
        em.createQuery("SELECT COUNT(b) FROM Booking b WHERE b.event.demo = TRUE", Long.class)
            .getSingleResult();
    if (booked > 0) {
      return;
    }
    List<Event> inductions =
        events.stream().filter(e -> e.getKind() == EventKind.INDUCTION && !e.isOnline()).toList();
    Account coach = person(DemoPeople.COACH_EMAIL);
    Account otherCoach = person(DemoPeople.OTHER_COACH_EMAIL);
    Account lead = person(DemoPeople.LEAD_EMAIL);
    List<Account> attendees = attendees(20);
    if (!inductions.isEmpty()) {
      Event full = inductions.get(0);
      List<Account> seated = new ArrayList<>(attendees.subList(0, full.getCapacity() - 1));
      seated.add(otherCoach);
      seated.forEach(a -> book(full, a));
      book(full, coach); // full now: the demo coach is first on the waiting list
    }
    if (inductions.size() > 1) {
      Event nearlyFull = inductions.get(1);
      int leave = 2;
      List<Account> seated =
          new ArrayList<>(
              attendees.subList(
                  0, Math.min(attendees.size(), nearlyFull.getCapacity() - leave - 1)));
      seated.add(lead);
      seated.forEach(a -> book(nearlyFull, a));
    }
    events.stream()
        .filter(e -> e.getKind() == EventKind.WEBINAR)
        .findFirst()
        .ifPresent(webinar -> book(webinar, coach));
    LOG.info("Loaded the demo bookings and a waiting-list entry");
  }

  private void book(Event event, Account person) {
    if (person != null) {
      seats.bookWithoutMail(event.getId(), person, clock.instant());
    }
  }

  private Account person(String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Demo attendees: invited coaches (no password, so nobody signs in as them). */
  private List<Account> attendees(int n) {
    List<Account> people = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String email = "attendee" + i + "@demo.traininghub.example";
      Account existing = person(email);
      if (existing == null) {
        existing =
            Account.invited(
                email, "Demo attendee " + i + " (demo)", Role.COACH, null, clock.instant());
        em.persist(existing);
      }
      people.add(existing);
    }
    em.flush();
    return people;
  }
}
