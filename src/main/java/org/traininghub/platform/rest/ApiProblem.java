package org.traininghub.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document: what every API error looks like, so that no error is a stack trace
 * or an HTML page.
 */
public record ApiProblem(
    String title, int status, String detail, List<InvalidParameter> invalidParams) {

  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  /** A query parameter that could not be used, and why. */
  public record InvalidParameter(String name, String reason) {}

  public static Response response(Response.Status status, String detail) {
    return response(status, detail, null);
  }

  public static Response response(
      Response.Status status, String detail, List<InvalidParameter> invalid) {
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(new ApiProblem(status.getReasonPhrase(), status.getStatusCode(), detail, invalid))
        .build();
  }
}
