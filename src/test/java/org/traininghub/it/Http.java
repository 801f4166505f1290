package org.traininghub.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Plain HTTP against the running portal, as a browser or an API client sends it (no cookies kept).
 */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Http() {}

  public static HttpResponse<String> get(String path) {
    return get(path, "text/html");
  }

  public static HttpResponse<String> get(String path, String accept) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(PortalStack.get().url(path)))
            .header("Accept", accept)
            .timeout(Duration.ofSeconds(30))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("GET " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }

  /** Sends {@code form} URL-encoded to {@code path}, from the portal's own origin. */
  public static HttpResponse<String> postForm(String path, Map<String, String> form) {
    String body = WebClient.encode(form);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(PortalStack.get().url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", PortalStack.get().url("/").replaceAll("/$", ""))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("POST " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }

  /**
   * POSTs {@code body} as {@code contentType} to {@code path} the way a mail program or another
   * site's server does: no cookie, no session, no Origin header unless given among the headers.
   */
  public static HttpResponse<String> post(
      String path, String contentType, String body, String... headerNamesAndValues) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(PortalStack.get().url(path)))
            .header("Content-Type", contentType)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headerNamesAndValues.length > 0) {
      builder.headers(headerNamesAndValues);
    }
    HttpRequest request = builder.build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("POST " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }

  /**
   * Sends {@code request} every half second until it is answered with {@code status}, for at most
   * {@code timeout}, and returns that answer (the last answer's body is in the failure).
   */
  public static HttpResponse<String> awaitStatus(
      Supplier<HttpResponse<String>> request, int status, Duration timeout) {
    AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
    await()
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              answer.set(request.get());
              assertEquals(status, answer.get().statusCode(), answer.get().body());
            });
    return answer.get();
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
