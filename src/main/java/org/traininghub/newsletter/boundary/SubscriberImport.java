package org.traininghub.newsletter.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.traininghub.newsletter.control.SubscriberCsv;
import org.traininghub.platform.web.Messages;
import org.traininghub.platform.web.Uploads;

/**
 * Importing subscribers from a CSV file in two steps, as the catalogue's import: upload (every row
 * checked and shown, suppressed addresses marked, nothing saved), then import (all rows in one
 * transaction, or none).
 */
@Named
@ViewScoped
public class SubscriberImport implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SubscriberTransfer transfer;

  private transient Part file;
  private SubscriberCsv.Result result;
  private String fileName;

  public void upload() {
    result = null;
    file = Uploads.chosenCsv(file, SubscriberCsv.MAX_BYTES, "subscriber", "subscribers");
    if (file == null) {
      return;
    }
    fileName = file.getSubmittedFileName();
    try (InputStream in = file.getInputStream()) {
      result = transfer.check(in);
    } catch (IOException e) {
      Messages.fieldError("file", "The file could not be read. Try uploading it again.");
    }
  }

  public String importSubscribers() {
    if (result == null || !result.saveable()) {
      Messages.error("There is nothing to import: upload a file without problems first.");
      return null;
    }
    int saved = transfer.save(result);
    Messages.infoAfterRedirect(
        "Imported "
            + saved
            + (saved == 1 ? " subscriber" : " subscribers")
            + " from "
            + fileName
            + (result.suppressedCount() == 0
                ? "."
                : "; " + result.suppressedCount() + " suppressed addresses were left out."));
    return "/admin/newsletter/index.xhtml?faces-redirect=true";
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public SubscriberCsv.Result getResult() {
    return result;
  }

  public String getFileName() {
    return fileName;
  }

  /** How many subscribers the checked file would import: "1 subscriber", "3 subscribers". */
  public String getImportCount() {
    long count = result == null ? 0 : result.toSave().size();
    return count + (count == 1 ? " subscriber" : " subscribers");
  }

  public String getColumns() {
    return String.join(", ", SubscriberCsv.COLUMNS);
  }
}
