package org.traininghub.launch;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in through the real sign-in form over HTTP, as a browser does: reads the form, posts it
 * back with the portal's own {@code Origin}, keeps the session cookie. For the benchmarks.
 */
final class SignInClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  SignInClient(String baseUrl) {
    this.baseUrl = baseUrl;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Signs in and answers the HTTP status of the form's answer (303 when it worked). */
  int signIn(String email, String password) throws IOException, InterruptedException {
    HttpResponse<String> form =
        http.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "signin.xhtml")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher viewState = VIEW_STATE.matcher(form.body());
    if (!viewState.find()) {
      throw new IllegalStateException("No sign-in form at " + baseUrl + "signin.xhtml");
    }
    String body =
        "signin=signin&email="
            + encode(email)
            + "&password="
            + encode(password)
            + "&submit=Sign+in&jakarta.faces.ViewState="
            + encode(viewState.group(1));
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "signin.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", baseUrl.substring(0, baseUrl.length() - 1))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return answer.statusCode();
  }

  /** The {@code Cookie} header a browser would send now (for wrk). */
  String cookieHeader() {
    return cookies.getCookieStore().getCookies().stream()
        .map(HttpCookie::toString)
        .collect(Collectors.joining("; "));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
