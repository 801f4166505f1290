package org.traininghub.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.traininghub.platform.validation.InvalidInputException;

/** Messages for the person at the screen; kept across a redirect (flash) where asked. */
public final class Messages {

  private Messages() {}

  public static void info(String text) {
    add(null, FacesMessage.SEVERITY_INFO, text);
  }

  public static void error(String text) {
    add(null, FacesMessage.SEVERITY_ERROR, text);
  }

  /** An error shown beside the field whose client id is {@code clientId}. */
  public static void fieldError(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  /**
   * Each problem beside its field, the field's client id being {@code formId:field}; the form's
   * summary says how many there are.
   */
  public static void problems(String formId, InvalidInputException e) {
    e.problems().forEach(p -> fieldError(formId + ":" + p.field(), p.message()));
  }

  /** An information message that survives the redirect which follows. */
  public static void infoAfterRedirect(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    add(null, FacesMessage.SEVERITY_INFO, text);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
