package org.traininghub.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

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
   * The one way problems reach a form: each beside its field, the input whose id is the problem's
   * field inside the form {@code formId} (with or without {@code prependId}); the form's summary
   * says how many there are.
   */
  public static void problems(String formId, InvalidInputException e) {
    problems(formId, e.problems());
  }

  public static void problems(String formId, List<Problem> problems) {
    problems.forEach(p -> fieldError(clientId(formId, p.field()), p.message()));
  }

  private static String clientId(String formId, String field) {
    FacesContext faces = FacesContext.getCurrentInstance();
    UIComponent form = faces.getViewRoot().findComponent(formId);
    UIComponent input = form == null ? null : form.findComponent(field);
    return input == null ? formId + ":" + field : input.getClientId(faces);
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
