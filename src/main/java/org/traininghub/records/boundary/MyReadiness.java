package org.traininghub.records.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.platform.web.Messages;
import org.traininghub.platform.web.SecurityHeaders;

/**
 * The coach's own reimbursement readiness ({@code /records/readiness.xhtml}), their record as a PDF
 * with a verification address, and withdrawing that PDF (after a confirmation).
 */
@Named
@ViewScoped
public class MyReadiness implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ReimbursementReadiness readiness;

  private ReadinessView view;
  private LocalDate currentPdf;

  @PostConstruct
  void load() {
    view = readiness.mine();
    currentPdf = readiness.currentPdfIssuedOn().orElse(null);
  }

  /** Issues a new record PDF (the previous one stops being current) and sends it. */
  public void downloadPdf() throws IOException {
    ReimbursementReadiness.IssuedPdf pdf = readiness.issuePdf();
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext context = faces.getExternalContext();
    context.responseReset();
    SecurityHeaders.apply(
        (HttpServletRequest) context.getRequest(), (HttpServletResponse) context.getResponse());
    context.setResponseContentType("application/pdf");
    context.setResponseHeader("Cache-Control", "no-store");
    context.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"");
    context.setResponseContentLength(pdf.content().length);
    context.getResponseOutputStream().write(pdf.content());
    faces.responseComplete();
  }

  /** Withdraws the current record PDF: its verification address no longer shows it. */
  public String withdrawPdf() {
    Messages.infoAfterRedirect(
        readiness.withdrawPdf()
            ? "Your record PDF is withdrawn: its verification address now says it is not valid."
            : "You had no current record PDF to withdraw.");
    return "/records/readiness.xhtml?faces-redirect=true";
  }

  public ReadinessView getView() {
    return view;
  }

  public boolean isPdfCurrent() {
    return currentPdf != null;
  }

  public String getCurrentPdfIssuedOn() {
    return currentPdf == null ? "" : BritishDates.format(currentPdf);
  }
}
