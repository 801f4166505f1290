package org.traininghub.it.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.traininghub.events.control.BookingReminders;
import org.traininghub.events.control.EventChanged;
import org.traininghub.events.entity.EventDetails;

/**
 * Deployed in tests only (see {@code TestWar}): what the admin pages and the timer do to bookings,
 * on request. {@code do=move&id=N&minutes=M} moves event N by M minutes and fires {@link
 * EventChanged} UPDATED in the same transaction, as the admin's edit does; {@code do=cancel&id=N}
 * cancels it and fires CANCELLED; {@code do=remind} runs the reminder job twice at once, as two
 * instances would, and answers how many reminders each sent.
 */
@WebServlet("/test-only/bookings")
public class BookingProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @PersistenceContext transient EntityManager em;

  @Resource transient UserTransaction tx;

  @Inject transient Event<EventChanged> changed;

  @Inject transient BookingReminders reminders;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    String what = String.valueOf(request.getParameter("do"));
    try {
      switch (what) {
        case "move" -> {
          long id = Long.parseLong(request.getParameter("id"));
          long minutes = Long.parseLong(request.getParameter("minutes"));
          tx.begin();
          org.traininghub.events.entity.Event event =
              em.find(org.traininghub.events.entity.Event.class, id);
          EventDetails d = event.details();
          Duration by = Duration.ofMinutes(minutes);
          boolean matters =
              event.revise(
                  new EventDetails(
                      d.kind(),
                      d.title(),
                      d.descriptionHtml(),
                      d.catalogueItemId(),
                      d.startsAt().plus(by),
                      d.endsAt().plus(by),
                      d.bookingDeadline().plus(by),
                      d.online(),
                      d.venueName(),
                      d.venueAddress(),
                      d.joiningUrl(),
                      d.capacity(),
                      d.organiserName(),
                      d.organiserEmail(),
                      d.audienceRoles(),
                      d.audiencePcnIds()),
                  Instant.now());
          if (matters) {
            changed.fire(new EventChanged(id, EventChanged.Change.UPDATED));
          }
          tx.commit();
          response.getWriter().write("moved, sequence " + event.getSequence());
        }
        case "cancel" -> {
          long id = Long.parseLong(request.getParameter("id"));
          tx.begin();
          org.traininghub.events.entity.Event event =
              em.find(org.traininghub.events.entity.Event.class, id);
          event.cancel("The trainer is ill", Instant.now());
          changed.fire(new EventChanged(id, EventChanged.Change.CANCELLED));
          tx.commit();
          response.getWriter().write("cancelled, sequence " + event.getSequence());
        }
        case "remind" -> {
          CompletableFuture<Integer> a = CompletableFuture.supplyAsync(reminders::sendDue);
          CompletableFuture<Integer> b = CompletableFuture.supplyAsync(reminders::sendDue);
          response.getWriter().write(a.join() + "," + b.join());
        }
        default -> response.sendError(400, "do= move, cancel or remind");
      }
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
