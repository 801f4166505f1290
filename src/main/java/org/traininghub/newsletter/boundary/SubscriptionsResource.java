package org.traininghub.newsletter.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.traininghub.newsletter.entity.ConsentMethod;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.platform.rest.ApiProblem;
import org.traininghub.platform.validation.InvalidInputException;

/**
 * The newsletter's public addresses: {@code POST /api/subscriptions} starts a double opt-in from
 * another site's form (JSON or form-encoded) and answers the same whether or not the address is
 * subscribed; {@code /api/subscriptions/unsubscribe?link=…} is the RFC 8058 one-click address of
 * every newsletter mail. Neither needs a session or a cookie: the signed link is the key. Described
 * in META-INF/openapi.yaml.
 */
@Path("subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

  static final String ACCEPTED =
      "Thank you. If this address can be subscribed, a link to confirm it is on its way: the"
          + " subscription starts when it is followed.";

  private static final String ONE_CLICK = "One-Click";

  @Inject Subscriptions subscriptions;

  @Inject HubSettings hub;

  /** A sign-up as JSON: {@code {"email": …, "name": …, "topics": ["hwbc-training"]}}. */
  public static class SignUpJson {
    public String email;
    public String name;
    public List<String> topics;
  }

  /** The answer to every accepted sign-up, whatever the address. */
  public record Accepted(String message) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response signUp(SignUpJson body) {
    if (body == null) {
      return ApiProblem.response(
          Response.Status.BAD_REQUEST,
          "Send the sign-up as JSON, like {\"email\": \"ann@example.org\", \"topics\":"
              + " [\"hwbc-training\"]}.");
    }
    return signUp(body.email, body.name, body.topics);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signUpForm(
      @FormParam("email") String email,
      @FormParam("name") String name,
      @FormParam("topics") List<String> topics) {
    return signUp(email, name, topics);
  }

  private Response signUp(String email, String name, List<String> topics) {
    try {
      subscriptions.signUp(email, name, topics == null ? List.of() : topics, ConsentMethod.API);
      return Response.accepted(new Accepted(ACCEPTED)).build();
    } catch (InvalidInputException e) {
      return ApiProblem.response(
          Response.Status.BAD_REQUEST,
          e.problems().get(0).message(),
          e.problems().stream()
              .map(p -> new ApiProblem.InvalidParameter(p.field(), p.message()))
              .toList());
    }
  }

  /**
   * One-click unsubscribe (RFC 8058): the POST a mail program sends from its button, with the body
   * {@code List-Unsubscribe=One-Click} and no cookie. The signed link authenticates it, so it needs
   * no session and no CSRF token.
   */
  @POST
  @Path("unsubscribe")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response unsubscribe(
      @QueryParam("link") String link, @FormParam("List-Unsubscribe") String value) {
    return unsubscribe(link, ONE_CLICK.equals(value));
  }

  /** The same, the body sent as {@code multipart/form-data} (RFC 8058 allows either). */
  @POST
  @Path("unsubscribe")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response unsubscribeMultipart(@QueryParam("link") String link, String body) {
    return unsubscribe(
        link,
        body != null && body.contains("name=\"List-Unsubscribe\"") && body.contains(ONE_CLICK));
  }

  private Response unsubscribe(String link, boolean oneClick) {
    if (!oneClick) {
      return ApiProblem.response(
          Response.Status.BAD_REQUEST,
          "Send List-Unsubscribe=One-Click in the body, as a mail program's unsubscribe button"
              + " does, or open the link in a browser.");
    }
    if (!subscriptions.unsubscribe(link)) {
      return ApiProblem.response(
          Response.Status.NOT_FOUND,
          "This unsubscribe link is not valid. Use the link in your newsletter email, whole.");
    }
    return Response.ok(new Accepted("You are unsubscribed: no more newsletters will be sent."))
        .build();
  }

  /**
   * The same address opened in a browser (the link in the mail's body): the page that asks before
   * unsubscribing, so that a mail scanner fetching links unsubscribes nobody.
   */
  @GET
  @Path("unsubscribe")
  public Response unsubscribePage(@QueryParam("link") String link) {
    if (link == null || link.isBlank()) {
      return ApiProblem.response(
          Response.Status.BAD_REQUEST,
          "This address needs the link from your newsletter email, whole: open the unsubscribe"
              + " link in the email again.");
    }
    String query = "?link=" + URLEncoder.encode(link, StandardCharsets.UTF_8);
    return Response.seeOther(URI.create(hub.absolute("/newsletter/unsubscribe.xhtml" + query)))
        .build();
  }
}
