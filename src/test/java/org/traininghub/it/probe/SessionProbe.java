package org.traininghub.it.probe;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.traininghub.accounts.control.SignedInSession;

/**
 * Deployed in tests only (see {@code TestWar}): gives the caller a session signed in as account
 * {@code id} with {@code role} (a group name, e.g. {@code coach}), exactly as the sign-in page
 * leaves one, without the deliberately slow password check. A load test signs in hundreds of people
 * this way once, then sends its requests through the portal's normal session check.
 */
@WebServlet("/test-only/session")
public class SessionProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id = Long.parseLong(request.getParameter("id"));
    String role = request.getParameter("role");
    request
        .getSession(true)
        .setAttribute(
            SignedInSession.class.getName(),
            new SignedInSession(id, role, Instant.now().truncatedTo(ChronoUnit.MICROS)));
    response.setContentType("text/plain");
    response.getWriter().write("signed in " + id);
  }
}
