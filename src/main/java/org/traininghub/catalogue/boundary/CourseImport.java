package org.traininghub.catalogue.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.traininghub.catalogue.control.CourseCsv;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;
import org.traininghub.platform.web.Uploads;

/**
 * Importing accredited courses from a CSV file in two steps: upload (every row checked and shown,
 * nothing saved), then import (all rows in one transaction, or none).
 */
@Named
@ViewScoped
public class CourseImport implements Serializable {

  private static final long serialVersionUID = 1L;

  static final long MAX_BYTES = 1024 * 1024;

  @Inject transient Catalogue catalogue;

  private transient Part file;
  private CourseCsv.Result result;
  private String fileName;

  public void upload() {
    result = null;
    file = Uploads.chosenCsv(file, MAX_BYTES, "course", "courses");
    if (file == null) {
      return;
    }
    fileName = file.getSubmittedFileName();
    try (InputStream in = file.getInputStream()) {
      result = CourseCsv.read(in, catalogue.itemKeys());
    } catch (IOException e) {
      Messages.fieldError("file", "The file could not be read. Try uploading it again.");
    }
  }

  public String importCourses() {
    if (result == null || !result.saveable()) {
      Messages.error("There is nothing to import: upload a file without problems first.");
      return null;
    }
    try {
      int count = catalogue.importCourses(result.courses()).size();
      Messages.infoAfterRedirect(
          "Imported " + count + (count == 1 ? " course" : " courses") + " from " + fileName + ".");
      return "/admin/catalogue/index.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.error("Nothing was imported: " + e.problems().get(0).message());
      return null;
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public CourseCsv.Result getResult() {
    return result;
  }

  public String getFileName() {
    return fileName;
  }

  /** "1 course", "3 courses": how many the checked file would import. */
  public String getCourseCount() {
    int count = result == null ? 0 : result.rows().size();
    return count + (count == 1 ? " course" : " courses");
  }

  public String getColumns() {
    return String.join(", ", CourseCsv.COLUMNS);
  }
}
