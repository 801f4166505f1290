package org.traininghub.catalogue.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.traininghub.catalogue.control.CatalogueQuery;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.rest.ApiProblem;

/**
 * The public catalogue as JSON, with the same filters as the catalogue page. Described in
 * META-INF/openapi.yaml; OpenApiContractIT checks its answers against that document.
 */
@Path("catalogue")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped // no state of its own: one instance, not one made and injected per request
public class CatalogueItemsResource {

  @Inject Catalogue catalogue;

  @Inject HubSettings settings;

  @Inject Clock clock;

  /** One page of matching items. */
  public record CataloguePageJson(
      List<CatalogueItemJson> items, long total, int page, int pageSize, int pageCount) {}

  @GET
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("kind") String kind,
      @QueryParam("mode") String mode,
      @QueryParam("required") String required,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page) {
    CatalogueQuery.Parsed parsed = CatalogueQuery.parse(q, kind, mode, required, sort, page);
    if (!parsed.valid()) {
      return ApiProblem.response(
          Response.Status.BAD_REQUEST,
          "Some query parameters have values that are not allowed.",
          parsed.problems().stream()
              .map(p -> new ApiProblem.InvalidParameter(p.field(), p.message()))
              .toList());
    }
    Page<CatalogueItem> result = catalogue.search(parsed.query(), false);
    LocalDate today = LocalDate.now(clock);
    List<CatalogueItemJson> items = result.items().stream().map(i -> json(i, today)).toList();
    return Response.ok(
            new CataloguePageJson(
                items, result.total(), result.page(), result.pageSize(), result.pageCount()))
        .build();
  }

  @GET
  @Path("{id}")
  public Response item(@PathParam("id") String id) {
    Optional<CatalogueItem> item =
        id.matches("\\d{1,18}")
            ? catalogue.findListed(Long.parseLong(id))
            : catalogue.findListed(id);
    return item.map(i -> Response.ok(json(i, LocalDate.now(clock))).build())
        .orElseGet(
            () ->
                ApiProblem.response(
                    Response.Status.NOT_FOUND, "There is no catalogue item " + id + "."));
  }

  private CatalogueItemJson json(CatalogueItem item, LocalDate today) {
    return CatalogueItemJson.of(
        item, today, settings.absolute(CatalogueAddresses.pathOf(item.getSlug())));
  }
}
