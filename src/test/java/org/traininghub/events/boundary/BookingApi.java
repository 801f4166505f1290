package org.traininghub.events.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.traininghub.it.Coaches;
import org.traininghub.it.PortalStack;

/** The booking API as a signed-in person's client sends it: JSON, with their session cookie. */
final class BookingApi {

  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // as browsers do over http: no h2c upgrade
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private BookingApi() {}

  static HttpRequest bookRequest(Coaches.SignedIn who, long eventId) {
    return post(who, "{\"eventId\": " + eventId + "}");
  }

  static HttpRequest bookForRequest(Coaches.SignedIn lead, long eventId, long coachId) {
    return post(lead, "{\"eventId\": " + eventId + ", \"coachId\": " + coachId + "}");
  }

  static HttpRequest post(Coaches.SignedIn who, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(PortalStack.get().url("/api/bookings")))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (who != null) {
      request.header("Cookie", who.cookie());
    }
    return request.build();
  }

  static HttpRequest cancelRequest(Coaches.SignedIn who, long bookingId) {
    return HttpRequest.newBuilder(URI.create(PortalStack.get().url("/api/bookings/" + bookingId)))
        .header("Cookie", who.cookie())
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(60))
        .DELETE()
        .build();
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(request.method() + " " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static HttpResponse<String> book(Coaches.SignedIn who, long eventId) {
    return send(bookRequest(who, eventId));
  }

  static HttpResponse<String> cancel(Coaches.SignedIn who, long bookingId) {
    return send(cancelRequest(who, bookingId));
  }

  static JsonObject json(HttpResponse<String> answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }
}
