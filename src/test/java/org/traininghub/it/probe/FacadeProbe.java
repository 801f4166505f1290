package org.traininghub.it.probe;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.traininghub.accounts.boundary.AccountDirectory;
import org.traininghub.accounts.boundary.Profiles;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.records.boundary.Verifications;

/**
 * Deployed in tests only (see {@code TestWar}): calls a facade method from a URL that no security
 * constraint guards, so a test sees what the facade itself allows, whoever the URL lets through.
 * Answers 200 when the call went ahead, 403 when the facade refused it.
 */
@WebServlet("/test-only/facade-probe")
public class FacadeProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountDirectory directory;

  @Inject transient AuditLog audit;

  @Inject transient Profiles profiles;

  @Inject transient Verifications verifications;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, Supplier<Object>> calls =
        Map.of(
            "coachesOfMyPcn", () -> directory.coachesOfMyPcn("", 1).total(),
            "everyone", () -> directory.everyone("", null, 1).total(),
            "auditCount", () -> audit.count(),
            "myProfile", () -> profiles.mine().email(),
            "verificationQueue", () -> verifications.count());
    Supplier<Object> call = calls.get(String.valueOf(request.getParameter("call")));
    if (call == null) {
      response.sendError(400, "call= one of " + calls.keySet());
      return;
    }
    response.setContentType("text/plain");
    try {
      response.getWriter().write("allowed: " + call.get());
    } catch (RuntimeException e) {
      if (!refused(e)) {
        throw e;
      }
      response.setStatus(403);
      response.getWriter().write("refused");
    }
  }

  private static boolean refused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }
}
