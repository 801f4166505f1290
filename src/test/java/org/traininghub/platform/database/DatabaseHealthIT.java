package org.traininghub.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
      HttpResponse<String> down = awaitStatus(503, Duration.ofSeconds(30));
      assertTrue(down.body().contains("\"DOWN\""), down.body());
    } finally {
      PortalStack.get().database().restart();
    }
    HttpResponse<String> back = awaitStatus(200, Duration.ofSeconds(60));
    assertTrue(back.body().contains("\"UP\""), back.body());
  }

  private static HttpResponse<String> awaitStatus(int status, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    HttpResponse<String> response;
    do {
      response = Http.get("/health", "application/json");
      if (response.statusCode() == status) {
        return response;
      }
      sleep();
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError(
        "/health did not answer " + status + " within " + timeout + ": " + response.body());
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
