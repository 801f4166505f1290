package org.traininghub.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.traininghub.it.Http;
import org.traininghub.it.PortalStack;

/**
 * {@code /health} follows the database: DOWN while it is stopped, UP again once it is back. Runs
 * last (it stops the shared database for a moment).
 */
@Order(Integer.MAX_VALUE)
class DatabaseHealthIT {

  @Test
  void healthIsUpOnlyWhileTheDatabaseAnswers() {
    HttpResponse<String> up = Http.get("/health", "application/json");
    assertEquals(200, up.statusCode());
    assertTrue(up.body().contains("\"database\"") && up.body().contains("\"UP\""), up.body());

    PortalStack.get().database().stop();
    try {
      HttpResponse<String> down =
          Http.awaitStatus(DatabaseHealthIT::health, 503, Duration.ofSeconds(30));
      assertTrue(down.body().contains("\"DOWN\""), down.body());
    } finally {
      PortalStack.get().database().restart();
    }
    HttpResponse<String> back =
        Http.awaitStatus(DatabaseHealthIT::health, 200, Duration.ofSeconds(60));
    assertTrue(back.body().contains("\"UP\""), back.body());
  }

  private static HttpResponse<String> health() {
    return Http.get("/health", "application/json");
  }
}
