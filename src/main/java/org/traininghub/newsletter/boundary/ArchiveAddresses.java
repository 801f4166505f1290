package org.traininghub.newsletter.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.traininghub.platform.web.Forwards;

/**
 * The archive's readable addresses: {@code /newsletter/archive/} is the list ({@code ?page=}) and
 * {@code /newsletter/archive/{id}} one newsletter's web version.
 */
@WebServlet("/newsletter/archive/*")
public class ArchiveAddresses extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String ID_ATTRIBUTE = "org.traininghub.newsletter.archiveId";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String path = request.getPathInfo();
    String id = path == null ? "" : path.substring(1);
    if (id.isEmpty()) {
      Forwards.to("/newsletter/archive.xhtml", request, response);
      return;
    }
    request.setAttribute(ID_ATTRIBUTE, id);
    Forwards.to("/newsletter/issue.xhtml", request, response);
  }
}
