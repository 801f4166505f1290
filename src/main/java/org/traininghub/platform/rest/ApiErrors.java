package org.traininghub.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.traininghub.platform.database.DatabaseOutageLog;
import org.traininghub.platform.database.DatabaseUnavailable;
import org.traininghub.platform.web.DatabaseOutage;

/**
 * Every exception that leaves a resource becomes a problem document; unexpected ones are logged.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

  @Override
  public Response toResponse(Throwable error) {
    if (error instanceof WebApplicationException web) {
      Response.StatusType status = web.getResponse().getStatusInfo();
      Response.Status known = Response.Status.fromStatusCode(status.getStatusCode());
      if (known != null) {
        return ApiProblem.response(known, describe(known));
      }
    }
    if (DatabaseUnavailable.causedBy(error)) {
      DatabaseOutageLog.failed("the API answered 503: " + error);
      return Response.fromResponse(
              ApiProblem.response(
                  Response.Status.SERVICE_UNAVAILABLE,
                  "The service is briefly unavailable. Try again in a minute."))
          .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
          .build();
    }
    LOG.log(Level.SEVERE, "Unexpected error in the API", error);
    return ApiProblem.response(
        Response.Status.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side; it has been logged.");
  }

  private static String describe(Response.Status status) {
    return switch (status) {
      case NOT_FOUND -> "There is nothing at this address.";
      case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
      case NOT_ACCEPTABLE -> "This API answers in JSON only.";
      default -> status.getReasonPhrase();
    };
  }
}
