package org.traininghub.it.probe;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.traininghub.platform.database.HubDatabase;

/**
 * Deployed in tests only (see {@code TestWar}): {@code /test-only/slow?ms=N} is a request in flight
 * for N milliseconds that then reads the database, as a page would. It answers "started" at once
 * (so a client knows it is in flight), then the number of accounts. The launcher's stop must let it
 * finish (Payara first, the database after).
 */
@WebServlet("/test-only/slow")
public class SlowRequestProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = HubDatabase.JNDI_NAME)
  private transient DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write("started\n");
    response.flushBuffer();
    try {
      Thread.sleep(Long.parseLong(request.getParameter("ms")));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM account")) {
      rows.next();
      response.getWriter().write("accounts " + rows.getLong(1) + "\n");
    } catch (SQLException e) {
      response.getWriter().write("the database did not answer: " + e + "\n");
    }
  }
}
