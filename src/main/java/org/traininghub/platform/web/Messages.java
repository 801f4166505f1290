package org.traininghub.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

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
