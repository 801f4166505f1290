package org.traininghub.events.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.traininghub.accounts.entity.AccountDeleting;
import org.traininghub.events.entity.BookingStatus;

/**
 * When a person deletes their account, in the same transaction: each seat or waiting-list place
 * they hold is given up like any cancellation (a freed seat goes to the first person waiting, who
 * is told), then their booking history and attendance completions go with them, and bookings they
 * made for others or registers they marked stop naming them.
 */
@Dependent
public class BookingsOfDeletedAccounts {

  @PersistenceContext EntityManager em;

  @Inject SeatAllocation seats;

  @Inject Clock clock;

  void on(@Observes AccountDeleting deleting) {
    long id = deleting.accountId();
    Instant now = clock.instant();
    List<Long> active =
        em.createQuery(
                "SELECT b.id FROM Booking b WHERE b.account.id = :id AND b.status <> :cancelled"
                    + " ORDER BY b.id",
                Long.class)
            .setParameter("id", id)
            .setParameter("cancelled", BookingStatus.CANCELLED)
            .getResultList();
    active.forEach(bookingId -> seats.cancel(bookingId, now));
    em.flush();
    em.createNativeQuery("DELETE FROM event_completion WHERE account_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE booking SET booked_by_account_id = NULL WHERE booked_by_account_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE booking SET attendance_marked_by = NULL WHERE attendance_marked_by = ?1")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM booking WHERE account_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }
}
