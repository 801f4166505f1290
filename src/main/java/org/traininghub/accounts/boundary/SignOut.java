package org.traininghub.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.traininghub.platform.security.CurrentAccount;

/**
 * Signing out: the layout's "Sign out" button posts here from every page, error pages included (a
 * Faces form there would post back to the error page's own view, which nobody may request). The
 * account's sessions are ended, this one invalidated, and the browser sent to the home page. Only a
 * POST from one of the portal's own pages gets here ({@code PublicAddress} refuses others); a GET
 * (the address typed, or a link followed) signs nobody out and leads to the home page.
 */
@WebServlet("/signout")
public class SignOut extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SignInGuard guard;

  @Inject transient CurrentAccount currentAccount;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    currentAccount.accountId().ifPresent(guard::signedOut);
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(request.getContextPath() + "/");
  }
}
