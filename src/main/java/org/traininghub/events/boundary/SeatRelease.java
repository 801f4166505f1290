package org.traininghub.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.traininghub.events.control.SeatAllocation;
import org.traininghub.events.entity.Booking;
import org.traininghub.events.entity.BookingStatus;
import org.traininghub.platform.security.LinkTokens;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * The one-click link mailed to a person promoted from the waiting list, which gives the seat up
 * again without signing in. The link's secret is 32 random bytes of which only the hash is stored
 * ({@link LinkTokens}), so nobody can make one; it works once, and not after the event started.
 * {@link GiveUpPage} uses it at once only when a person clicked the link in a browser.
 */
@Stateless
public class SeatRelease {

  @PersistenceContext EntityManager em;

  @Inject SeatAllocation seats;

  @Inject Clock clock;

  /** The seat the link gives up, while it can be given up. */
  public Optional<Booking> seatOf(String secret) {
    return bookingOf(secret)
        .filter(b -> b.getStatus() == BookingStatus.BOOKED)
        .filter(b -> clock.instant().isBefore(b.getEvent().getStartsAt()));
  }

  /** The seat the link was for, once it is given up (by the link or otherwise). */
  public Optional<Booking> givenUp(String secret) {
    return bookingOf(secret).filter(b -> b.getStatus() == BookingStatus.CANCELLED);
  }

  private Optional<Booking> bookingOf(String secret) {
    return LinkTokens.lookupHash(secret)
        .flatMap(
            hash ->
                em.createNamedQuery(Booking.BY_RELEASE_TOKEN, Booking.class)
                    .setParameter("hash", hash)
                    .getResultStream()
                    .findFirst())
        .filter(b -> LinkTokens.matches(secret, hash(b)));
  }

  /**
   * Gives the seat up (the next person waiting gets it).
   *
   * @throws InvalidInputException (field {@code token}) when the link cannot be used
   */
  public Booking giveUp(String secret) {
    Booking booking =
        seatOf(secret)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(
                            new Problem(
                                "token",
                                "This link no longer gives up a seat: it was used already, the"
                                    + " event has started, or the link is incomplete. See My"
                                    + " bookings."))));
    seats.cancel(booking.getId(), clock.instant());
    return booking;
  }

  private static String hash(Booking booking) {
    return booking.getReleaseTokenHash();
  }
}
