package org.traininghub.catalogue.boundary;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.traininghub.catalogue.control.CatalogueQuery;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.rest.ApiProblem;

/** The public catalogue as JSON, with the same filters as the catalogue page. */
@Path("catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "The hub's training catalogue")
public class CatalogueItemsResource {

  @Inject Catalogue catalogue;

  @Inject HubSettings settings;

  @Inject Clock clock;

  /** One page of matching items. */
  public record CataloguePageJson(
      List<CatalogueItemJson> items, long total, int page, int pageSize, int pageCount) {}

  @GET
  @Operation(
      summary = "Search the catalogue",
      description = "Listed (not retired) items, 20 a page.")
  @APIResponse(responseCode = "200", description = "A page of items")
  @APIResponse(
      responseCode = "400",
      description = "A filter value is not one of those allowed",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ApiProblem.class)))
  public Response search(
      @Parameter(
              description =
                  "Words that must all appear in the title, summary or provider, each as the"
                      + " start of a word")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "Kind of item",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "accredited-course",
                        "pci-module",
                        "e-learning",
                        "event-series",
                        "resource"
                      }))
          @QueryParam("kind")
          String kind,
      @Parameter(
              description = "Delivery mode",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"face-to-face", "virtual", "blended", "online"}))
          @QueryParam("mode")
          String mode,
      @Parameter(
              description = "Only items the coach role requires",
              schema = @Schema(enumeration = {"yes", "no"}))
          @QueryParam("required")
          String required,
      @Parameter(
              description =
                  "Order of the items; best match first (relevance) when q is given, else title",
              schema =
                  @Schema(
                      enumeration = {
                        "relevance",
                        "title",
                        "required",
                        "provider",
                        "kind",
                        "newest"
                      }))
          @QueryParam("sort")
          String sort,
      @Parameter(description = "Page number, from 1") @QueryParam("page") String page) {
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
  @Operation(
      summary = "One catalogue item",
      description = "By its number or by its slug (the last part of its web address).")
  @APIResponse(responseCode = "200", description = "The item")
  @APIResponse(
      responseCode = "404",
      description = "No listed item has this id",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ApiProblem.class)))
  public Response item(@Parameter(description = "Item number or slug") @PathParam("id") String id) {
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
