package org.traininghub.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.traininghub.events.entity.EventKind;
import org.traininghub.it.Events;
import org.traininghub.it.Http;

/**
 * The JSON API answers as its OpenAPI document says, so that the document cannot drift from the
 * code: real requests (a success, a 400, a 404 for each resource) go to the running portal, and
 * each answer's status, content type and body are checked against the document served at {@code
 * /openapi} by Atlassian's swagger-request-validator. The document fetched is written to
 * target/openapi.yaml, which .ci/run lints with Redocly. A new API (events, bookings) adds its
 * requests to {@link #exchanges()}.
 */
class OpenApiContractIT {

  /** A request to send and the status it must be answered with. */
  record Exchange(String method, String path, String contentType, String body, int status) {
    Exchange(String path, int status) {
      this("GET", path, null, null, status);
    }

    static Exchange post(String path, String contentType, String body, int status) {
      return new Exchange("POST", path, contentType, body, status);
    }

    @Override
    public String toString() {
      return method + " " + path + (body == null ? "" : " " + body) + " → " + status;
    }
  }

  static Stream<Exchange> exchanges() {
    return Stream.of(
        new Exchange("/api/catalogue", 200),
        new Exchange("/api/catalogue?q=coaching&kind=accredited-course&sort=newest", 200),
        new Exchange("/api/catalogue?required=yes&mode=online&page=1", 200),
        new Exchange("/api/catalogue?page=999", 200),
        new Exchange("/api/catalogue?kind=workshop&sort=price&page=0", 400),
        new Exchange("/api/catalogue/e-lfh-social-prescribing", 200),
        new Exchange("/api/catalogue/999999999", 404),
        new Exchange("/api/catalogue/no-such-item", 404),
        new Exchange("/api/events", 200),
        new Exchange("/api/events?kind=induction&online=no&from=2027-01-01&to=2027-12-31", 200),
        new Exchange("/api/events?online=yes&page=999", 200),
        new Exchange("/api/events?kind=party&online=maybe&from=tomorrow&page=0", 400),
        new Exchange("/api/events?from=2027-04-02&to=2027-04-01", 400),
        new Exchange("/api/events/" + eventIds[0], 200),
        new Exchange("/api/events/" + eventIds[1], 200),
        new Exchange("/api/events/" + eventIds[2], 404),
        new Exchange("/api/events/999999999", 404),
        new Exchange("/api/events/no-such-event", 404),
        new Exchange("/api/bookings", 401),
        Exchange.post(
            "/api/subscriptions",
            "application/json",
            "{\"email\": \"contract@it.traininghub.example\", \"topics\": [\"hwbc-training\"]}",
            202),
        Exchange.post(
            "/api/subscriptions",
            "application/x-www-form-urlencoded",
            "email=contract@it.traininghub.example&topics=voluntary-sector&topics=hwbc-training",
            202),
        Exchange.post(
            "/api/subscriptions",
            "application/json",
            "{\"email\": \"not an address\", \"topics\": [\"gardening\"]}",
            400),
        new Exchange("/api/subscriptions/unsubscribe?link=1.made-up", 303),
        new Exchange("/api/subscriptions/unsubscribe", 400),
        Exchange.post(
            "/api/subscriptions/unsubscribe?link=1.made-up",
            "application/x-www-form-urlencoded",
            "List-Unsubscribe=One-Click",
            404),
        Exchange.post(
            "/api/subscriptions/unsubscribe?link=1.made-up",
            "application/x-www-form-urlencoded",
            "something=else",
            400));
  }

  /** An event in person, one online and cancelled, and a draft (made before the exchanges). */
  private static long[] eventIds;

  @BeforeAll
  static void makeEvents() {
    Events.remove("Aa contract ");
    eventIds =
        new long[] {
          Events.published("Aa contract induction")
              .delivers("new-to-primary-care-induction")
              .create(),
          Events.cancelled("Aa contract webinar", "The speaker is ill")
              .kind(EventKind.WEBINAR)
              .online("https://meet.example.org/contract")
              .create(),
          Events.draft("Aa contract draft").create()
        };
  }

  @AfterAll
  static void removeEvents() {
    Events.remove("Aa contract ");
  }

  private static String document;
  private static OpenApiInteractionValidator validator;

  @BeforeAll
  static void fetchTheDocument() throws IOException {
    HttpResponse<String> served = Http.get("/openapi", "text/plain");
    assertEquals(200, served.statusCode(), served.body());
    document = served.body();
    Path written = Path.of("target", "openapi.yaml");
    Files.createDirectories(written.getParent());
    Files.writeString(written, document);
    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
  }

  @Test
  void theDocumentIsValidOpenApi() {
    SwaggerParseResult parsed = new OpenAPIParser().readContents(document, null, null);
    assertTrue(parsed.getMessages().isEmpty(), String.join("\n", parsed.getMessages()));
    assertEquals(
        "/",
        parsed.getOpenAPI().getServers().get(0).getUrl(),
        "the one server is the portal that serves the document");
    parsed
        .getOpenAPI()
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            assertNotNull(
                                operation.getSecurity(),
                                method + " " + path + " says nothing of security")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exchanges")
  void eachAnswerIsWhatTheDocumentSays(Exchange exchange) {
    HttpResponse<String> answer =
        exchange.method().equals("GET")
            ? Http.get(exchange.path(), "application/json")
            : Http.post(exchange.path(), exchange.contentType(), exchange.body());
    assertEquals(exchange.status(), answer.statusCode(), answer.body());
    SimpleResponse.Builder response =
        SimpleResponse.Builder.status(answer.statusCode()).withBody(answer.body());
    answer.headers().map().forEach(response::withHeader);
    ValidationReport report =
        validator.validateResponse(
            URI.create(exchange.path()).getPath(),
            Request.Method.valueOf(exchange.method()),
            response.build());
    assertFalse(
        report.hasErrors(),
        () ->
            exchange
                + " does not match /openapi:\n"
                + SimpleValidationReportFormat.getInstance().apply(report)
                + "\n"
                + answer.body());
  }
}
