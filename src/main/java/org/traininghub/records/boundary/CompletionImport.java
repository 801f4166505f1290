package org.traininghub.records.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;
import org.traininghub.platform.web.Uploads;
import org.traininghub.records.control.CompletionCsv;

/**
 * Importing prior completions from a CSV file (hub admins), as the catalogue imports courses:
 * upload (every row checked and listed with its problems, nothing saved), then save all rows in one
 * transaction, or none. The view keeps only the checked rows of a file of at most {@link
 * CompletionCsv#MAX_BYTES}, never the file.
 */
@Named
@ViewScoped
public class CompletionImport implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HubCompletions completions;

  private transient Part file;
  private CompletionCsv.Result result;
  private String fileName;

  public void upload() {
    result = null;
    file = Uploads.chosenCsv(file, CompletionCsv.MAX_BYTES, "completion", "completions");
    if (file == null) {
      return;
    }
    fileName = file.getSubmittedFileName();
    try (InputStream in = file.getInputStream()) {
      result = completions.check(in);
    } catch (IOException e) {
      Messages.fieldError("file", "The file could not be read. Try uploading it again.");
    }
  }

  public String save() {
    if (result == null || !result.saveable()) {
      Messages.error("There is nothing to save: upload a file without problems first.");
      return null;
    }
    try {
      int count = completions.importCompletions(result, fileName);
      Messages.infoAfterRedirect(
          "Saved "
              + count
              + (count == 1 ? " completion" : " completions")
              + " from "
              + fileName
              + ", verified.");
      return "/admin/records/import.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.error(
          "Nothing was saved: "
              + e.problems().get(0).message()
              + ". Correct the file and check it again.");
      return null;
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public CompletionCsv.Result getResult() {
    return result;
  }

  public String getFileName() {
    return fileName;
  }

  /** "1 completion", "3 completions": how many the checked file would save. */
  public String getRowCount() {
    int count = result == null ? 0 : result.rows().size();
    return count + (count == 1 ? " completion" : " completions");
  }

  public String getColumns() {
    return String.join(", ", CompletionCsv.COLUMNS);
  }
}
