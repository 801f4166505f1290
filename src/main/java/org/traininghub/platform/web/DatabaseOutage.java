package org.traininghub.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.traininghub.platform.database.DatabaseUnavailable;

/**
 * What the portal answers while its database is away: 503 with a {@code Retry-After}, and a page
 * that says so (WEB-INF/errorpages/503.xhtml, which reads nothing from the database). A form whose
 * save failed for this reason is shown again with what was typed and a message instead.
 */
public final class DatabaseOutage {

  /** Seconds a client is told to wait: a database restart usually takes less. */
  public static final int RETRY_AFTER_SECONDS = 30;

  private DatabaseOutage() {}

  /** Marks {@code response} as "unavailable, try again shortly" (not cached on the way). */
  public static void unavailable(HttpServletResponse response) {
    response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
  }

  /**
   * If {@code failure} came from the database being away, keeps the form on screen with what was
   * typed, adds a message saying what could not be done and to try again, answers 503, and returns
   * true; otherwise returns false and the caller rethrows.
   *
   * @param whatFailed what could not be done, as the person would say it ("save your registration")
   */
  public static boolean keepForm(RuntimeException failure, String whatFailed) {
    if (!DatabaseUnavailable.causedBy(failure)) {
      return false;
    }
    Messages.error(
        "We could not "
            + whatFailed
            + " just now: the portal is briefly unavailable. What you typed is still here (type"
            + " your password again). Wait a minute, then try again.");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.getResponse() instanceof HttpServletResponse response) {
      response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    }
    external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    return true;
  }
}
