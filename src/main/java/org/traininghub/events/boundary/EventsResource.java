package org.traininghub.events.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.traininghub.events.control.EventQuery;
import org.traininghub.events.entity.Event;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.rest.ApiProblem;

/**
 * The upcoming published events as JSON, with the list page's filters ({@code kind, online, from,
 * to, page}), and one event by its number. Described in META-INF/openapi.yaml; OpenApiContractIT
 * checks its answers against that document.
 */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

  @Inject EventListing listing;

  @Inject HubSettings settings;

  /** One page of upcoming events. */
  public record EventsPageJson(
      List<EventJson> items, long total, int page, int pageSize, int pageCount) {}

  @GET
  public Response upcoming(
      @QueryParam("kind") String kind,
      @QueryParam("online") String online,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page) {
    EventQuery.Parsed parsed = EventQuery.parse(kind, online, from, to, page);
    if (!parsed.valid()) {
      return ApiProblem.response(
          Response.Status.BAD_REQUEST,
          "Some query parameters have values that are not allowed.",
          parsed.problems().stream()
              .map(p -> new ApiProblem.InvalidParameter(p.field(), p.message()))
              .toList());
    }
    Page<Event> result = listing.upcoming(parsed.query());
    return Response.ok(
            new EventsPageJson(
                result.items().stream().map(e -> json(e, false)).toList(),
                result.total(),
                result.page(),
                result.pageSize(),
                result.pageCount()))
        .build();
  }

  @GET
  @Path("{id}")
  public Response event(@PathParam("id") String id) {
    Optional<Event> event =
        id.matches("\\d{1,18}") ? listing.findPublic(Long.parseLong(id)) : Optional.empty();
    return event
        .map(e -> Response.ok(json(e, true)).build())
        .orElseGet(
            () ->
                ApiProblem.response(
                    Response.Status.NOT_FOUND,
                    "There is no published event "
                        + id
                        + ". The list of upcoming events is at /api/events."));
  }

  private EventJson json(Event event, boolean withDescription) {
    return EventJson.of(event, withDescription, settings.absolute(EventPage.pathOf(event.getId())));
  }
}
