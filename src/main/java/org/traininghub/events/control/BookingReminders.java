package org.traininghub.events.control;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.events.entity.Booking;
import org.traininghub.platform.database.OwnTransaction;

/**
 * Sends the reminder before an event to each person with a seat, {@code hub.events.reminder-hours}
 * ahead. Every instance runs it every minute; each reminder is claimed in the database first (a
 * conditional {@code UPDATE ... WHERE reminder_sent_at IS NULL}), so however many instances look at
 * once, each person gets one reminder. The claim and the queued mail commit together.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@Lock(LockType.READ) // instances and timers run it at once; the database claim keeps it once
public class BookingReminders {

  @PersistenceContext EntityManager em;

  @Inject BookingMail mail;

  @Inject Clock clock;

  @Inject OwnTransaction ownTransaction;

  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "hub.events.reminder-hours", defaultValue = "24")
  long reminderHours;

  @PostConstruct
  void atStart() {
    timers.createIntervalTimer(60_000, 60_000, new TimerConfig("BookingReminders", false));
  }

  /** Each run in a transaction of its own, so that a failed one does not end the timer. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void every() {
    ownTransaction.run(this::sendDue);
  }

  /** Claims and queues every reminder due now; returns how many this call sent. */
  public int sendDue() {
    Instant now = clock.instant();
    List<Booking> due =
        em.createNamedQuery(Booking.REMINDERS_DUE, Booking.class)
            .setParameter("now", now)
            .setParameter("until", now.plus(Duration.ofHours(reminderHours)))
            .setMaxResults(200)
            .getResultList();
    int sent = 0;
    for (Booking booking : due) {
      int claimed =
          em.createNativeQuery(
                  "UPDATE booking SET reminder_sent_at = ?1 WHERE id = ?2"
                      + " AND reminder_sent_at IS NULL AND status = 'BOOKED'")
              .setParameter(1, utc(now))
              .setParameter(2, booking.getId())
              .executeUpdate();
      if (claimed == 1) {
        mail.reminder(booking);
        sent++;
      }
    }
    return sent;
  }
}
