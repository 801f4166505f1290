package org.traininghub.events.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.traininghub.events.entity.Booking;
import org.traininghub.events.entity.BookingStatus;
import org.traininghub.platform.rest.ApiProblem;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.validation.InvalidInputException;

/**
 * The signed-in person's bookings as JSON, with the session of the pages (a JSON body, which no
 * other site's form can send): book a seat or a waiting-list place, give it up, list them. The
 * booking panel does the same through {@link Bookings}. Described in META-INF/openapi.yaml.
 */
@Path("bookings")
@Produces(MediaType.APPLICATION_JSON)
public class BookingsResource {

  @Inject Bookings bookings;

  @Inject CurrentAccount caller;

  /** The request to book: which event, and (a PCN lead) for which coach of their PCN. */
  public static class BookingRequest {
    public Long eventId;
    public Long coachId;

    public Long eventId() {
      return eventId;
    }

    public Long coachId() {
      return coachId;
    }
  }

  /** A booking as the API shows it. */
  public record BookingJson(
      long id,
      long eventId,
      String eventTitle,
      String startsAt,
      String status,
      int placeInQueue,
      String message) {}

  @GET
  public Response mine() {
    return answer(
        () -> {
          List<BookingJson> mine =
              bookings.mine().stream()
                  .map(
                      b ->
                          json(
                              b,
                              b.getStatus() == BookingStatus.WAITING ? bookings.placeInQueue(b) : 0,
                              null))
                  .toList();
          return Response.ok(mine).build();
        });
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response book(BookingRequest request) {
    if (request == null || request.eventId() == null) {
      return ApiProblem.response(
          Response.Status.BAD_REQUEST,
          "Send the event to book as JSON, like {\"eventId\": 42}.",
          List.of(new ApiProblem.InvalidParameter("eventId", "Give the event's id")));
    }
    return answer(
        () -> {
          Bookings.Outcome outcome =
              request.coachId() == null
                  ? bookings.book(request.eventId())
                  : bookings.bookFor(request.eventId(), request.coachId());
          return Response.status(Response.Status.CREATED)
              .entity(
                  new BookingJson(
                      outcome.bookingId(),
                      request.eventId(),
                      null,
                      null,
                      outcome.status().name(),
                      outcome.placeInQueue(),
                      outcome.message()))
              .build();
        });
  }

  @DELETE
  @Path("{id: \\d{1,18}}")
  public Response cancel(@PathParam("id") long id) {
    return answer(
        () -> {
          bookings.cancel(id);
          return Response.noContent().build();
        });
  }

  private Response answer(Supplier<Response> call) {
    if (!caller.isSignedIn()) {
      return ApiProblem.response(
          Response.Status.UNAUTHORIZED, "Sign in to the portal first: bookings are personal.");
    }
    try {
      return call.get();
    } catch (InvalidInputException e) {
      return ApiProblem.response(
          Response.Status.CONFLICT,
          e.problems().get(0).message(),
          e.problems().stream()
              .map(p -> new ApiProblem.InvalidParameter(p.field(), p.message()))
              .toList());
    } catch (RuntimeException e) {
      if (refused(e)) {
        return ApiProblem.response(
            Response.Status.FORBIDDEN,
            "Your role cannot do this: only a PCN lead books for others.");
      }
      throw e;
    }
  }

  /** Whether the facade refused the caller (the container may wrap the refusal). */
  private static boolean refused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }

  private static BookingJson json(Booking b, int place, String message) {
    return new BookingJson(
        b.getId(),
        b.getEvent().getId(),
        b.getEvent().getTitle(),
        b.getEvent().getStartsAt().toString(),
        b.getStatus().name(),
        place,
        message);
  }
}
