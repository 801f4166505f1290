package org.traininghub.records.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.traininghub.records.control.ComplianceFilter;
import org.traininghub.records.control.ComplianceSheet;

/**
 * {@code GET /records/review/compliance.csv} and {@code .xlsx}: the whole compliance report for the
 * filters of the address (the page's own parameters, so the file holds what the page shows, every
 * page of it), written to the response as the coaches are read. web.xml lets hub admins and PCN
 * leads in; {@link ComplianceReport} limits a PCN lead to their PCN.
 */
@WebServlet({"/records/review/compliance.csv", "/records/review/compliance.xlsx"})
public class ComplianceDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject transient ComplianceReport report;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean xlsx = request.getServletPath().endsWith(".xlsx");
    ComplianceFilter filter = ComplianceFilter.of(request::getParameter);
    response.setContentType(xlsx ? XLSX_TYPE : "text/csv; charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"compliance." + (xlsx ? "xlsx" : "csv") + "\"");
    try (ComplianceSheet sheet =
        xlsx
            ? ComplianceSheet.xlsx(response.getOutputStream())
            : ComplianceSheet.csv(response.getOutputStream())) {
      report.export(filter, sheet);
    }
  }
}
