package org.traininghub.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;

/** What an upload form's bean needs beyond what Faces gives it. */
public final class Uploads {

  private Uploads() {}

  /**
   * The file part {@code name} of the current request, or null. Faces drops a part of 0 bytes as if
   * no file had been chosen; the request still has it, so the bean can say the file is empty.
   */
  public static Part requestPart(String name) {
    Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
    try {
      return request instanceof HttpServletRequest http ? http.getPart(name) : null;
    } catch (IOException | ServletException e) {
      return null;
    }
  }
}
