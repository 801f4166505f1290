package org.traininghub.records.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.traininghub.records.entity.Evidence;

/**
 * {@code GET /evidence/{completion id}}: a completion's certificate, for its coach, their PCN lead
 * and hub admins (web.xml lets signed-in people in; {@link TrainingRecords#evidence} decides). Any
 * other id, or someone else's, is 404. Served as an attachment with the type checked at upload.
 */
@WebServlet("/evidence/*")
public class EvidenceDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient TrainingRecords records;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Evidence> evidence = id(request.getPathInfo()).flatMap(records::evidence);
    if (evidence.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Evidence e = evidence.get();
    response.setContentType(e.getContentType());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + e.getFileName().replaceAll("[^\\x20-\\x7e]|\"", "_") + "\"");
    byte[] content = e.getContent();
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  private static Optional<Long> id(String pathInfo) {
    if (pathInfo == null || !pathInfo.matches("/[1-9][0-9]{0,17}")) {
      return Optional.empty();
    }
    return Optional.of(Long.valueOf(pathInfo.substring(1)));
  }
}
