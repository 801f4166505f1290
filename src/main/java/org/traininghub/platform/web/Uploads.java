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

  /**
   * The CSV file the form's field {@code file} carries, checked as every import checks it before
   * reading it: chosen, not empty, at most {@code maxBytes}. Null, with the message on the field,
   * when it is not.
   *
   * @param file what Faces bound to the field (null for a file of 0 bytes, which the request has)
   * @param row what a row of the file is, e.g. "course"
   * @param rows the same in the plural
   */
  public static Part chosenCsv(Part file, long maxBytes, String row, String rows) {
    Part chosen = file != null ? file : requestPart("file");
    if (chosen == null
        || chosen.getSubmittedFileName() == null
        || chosen.getSubmittedFileName().isBlank()) {
      Messages.fieldError("file", "Choose a CSV file to upload");
      return null;
    }
    if (chosen.getSize() == 0) {
      Messages.fieldError(
          "file",
          chosen.getSubmittedFileName()
              + " is empty (0 bytes). Choose the CSV file of "
              + rows
              + ": a heading row and then one "
              + row
              + " per row");
      return null;
    }
    if (chosen.getSize() > maxBytes) {
      Messages.fieldError(
          "file",
          "The file must be smaller than "
              + maxBytes / (1024 * 1024)
              + " MB. Split it into several files");
      return null;
    }
    return chosen;
  }
}
