package org.traininghub.it.probe;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Deployed in tests only (see {@code TestWar}): answers the {@code EventChanged} notices fired so
 * far, one "id CHANGE" a line ({@link EventChangedRecorder}).
 */
@WebServlet("/test-only/event-changed-probe")
public class EventChangedProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient EventChangedRecorder recorder;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(String.join("\n", recorder.seen()));
  }
}
