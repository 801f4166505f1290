package org.traininghub.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health} is UP only while the database answers a query. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

  @Resource(lookup = HubDatabase.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(3);
      try (ResultSet result = statement.executeQuery("SELECT 1")) {
        result.next();
      }
      return HealthCheckResponse.named("database").up().build();
    } catch (SQLException | RuntimeException e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
