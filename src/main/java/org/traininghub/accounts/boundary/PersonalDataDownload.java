package org.traininghub.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * {@code GET /account/data.json}: everything held about the signed-in person (web.xml allows only
 * signed-in people under {@code /account/}). Never cached.
 */
@WebServlet("/account/data.json")
public class PersonalDataDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PersonalData data;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    if (request.getParameter("download") != null) {
      response.setHeader(
          "Content-Disposition", "attachment; filename=\"training-hub-my-data.json\"");
    }
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(response.getWriter())) {
      writer.writeObject(data.export());
    }
  }
}
