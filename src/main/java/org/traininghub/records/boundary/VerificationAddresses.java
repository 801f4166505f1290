package org.traininghub.records.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /verify/{secret}}, the address printed on a record PDF and in its QR code: shows
 * {@code /verify.xhtml} for that secret. Public (no sign-in): the secret is the only key.
 */
@WebServlet("/verify/*")
public class VerificationAddresses extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String SECRET_ATTRIBUTE = "org.traininghub.records.verificationSecret";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String path = request.getPathInfo();
    request.setAttribute(SECRET_ATTRIBUTE, path == null ? "" : path.substring(1));
    request.getRequestDispatcher("/verify.xhtml").forward(request, response);
  }
}
