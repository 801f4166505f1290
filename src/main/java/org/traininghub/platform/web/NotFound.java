package org.traininghub.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * The one way a page answers that what its address names is not there (an unknown or retired item,
 * a coach who is not in the lead's PCN, a message that does not exist): the 404 error page, with
 * {@code reason} for the log, and nothing more of the page is rendered. Someone who may not see a
 * thing is told it is not there, not that it is forbidden.
 */
public final class NotFound {

  private NotFound() {}

  public static void answer(String reason) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, reason);
    faces.responseComplete();
  }
}
