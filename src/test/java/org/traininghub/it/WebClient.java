package org.traininghub.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One browser's worth of plain HTTP: its own cookie jar, forms read from the pages and posted back
 * as a browser would post them (with the portal's own {@code Origin}), redirects not followed.
 */
public final class WebClient {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** The origin a browser sends for the portal's own pages. */
  public static String origin() {
    String base = PortalStack.get().baseUrl();
    return base.substring(0, base.length() - 1);
  }

  public HttpResponse<String> get(String pathOrUrl) {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build());
  }

  /** The answer as bytes, for a download that is not text (a spreadsheet, a PDF). */
  public HttpResponse<byte[]> getBytes(String pathOrUrl) {
    try {
      return http.send(
          HttpRequest.newBuilder(uri(pathOrUrl)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(pathOrUrl + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The fields of the form {@code formId} on {@code page}, as the page filled them in. */
  public static Map<String, String> form(HttpResponse<String> page, String formId) {
    Element form = Jsoup.parse(page.body()).getElementById(formId);
    assertNotNull(form, "no form " + formId + " on " + page.uri() + ":\n" + page.body());
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name], select[name], textarea[name]")) {
      String type = input.attr("type");
      if (type.equals("submit")) {
        continue;
      }
      if (type.equals("checkbox") && !input.hasAttr("checked")) {
        continue;
      }
      if (input.tagName().equals("select")) {
        Element selected = input.selectFirst("option[selected]");
        fields.put(input.attr("name"), selected == null ? "" : selected.attr("value"));
      } else if (input.tagName().equals("textarea")) {
        fields.put(input.attr("name"), input.text());
      } else {
        fields.put(input.attr("name"), input.attr("value"));
      }
    }
    Element submit = form.selectFirst("input[type=submit]");
    if (submit != null && submit.hasAttr("name")) {
      fields.put(submit.attr("name"), submit.attr("value"));
    }
    fields.put("#action", form.attr("action"));
    return fields;
  }

  /** Posts {@code fields} (from {@link #form}) to the form's action, from the portal's origin. */
  public HttpResponse<String> submit(Map<String, String> fields) {
    return submit(fields, Map.of("Origin", origin()));
  }

  public HttpResponse<String> submit(Map<String, String> fields, Map<String, String> headers) {
    return send(post(fields, headers), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest post(Map<String, String> fields, Map<String, String> headers) {
    Map<String, String> body = new LinkedHashMap<>(fields);
    String action = body.remove("#action");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(body)));
    headers.forEach(request::header);
    return request.build();
  }

  /** Posts {@code fields} like {@link #submit(Map)}, keeping the answer as bytes (a download). */
  public HttpResponse<byte[]> submitForBytes(Map<String, String> fields) {
    return send(post(fields, Map.of("Origin", origin())), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Signs in through the sign-in page; returns the answer (a redirect when it worked). */
  public HttpResponse<String> signIn(String email, String password) {
    return signIn("/signin.xhtml", email, password);
  }

  public HttpResponse<String> signIn(String signInPage, String email, String password) {
    Map<String, String> fields = form(get(signInPage), "signin");
    fields.put("email", email);
    fields.put("password", password);
    return submit(fields);
  }

  /** The value of this client's session cookie, if it has one. */
  public Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  public void forgetCookies() {
    cookies.getCookieStore().removeAll();
  }

  /** Sets the session cookie, as an attacker who planted it would. */
  public void useSessionId(String id) {
    HttpCookie cookie = new HttpCookie("JSESSIONID", id);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(URI.create(PortalStack.get().baseUrl()), cookie);
  }

  /**
   * A request written byte for byte on a socket, for what Java's client refuses to send (a {@code
   * Host} header of one's choosing). Returns the status line and headers, and the body.
   */
  public static String raw(String request) {
    URI base = URI.create(PortalStack.get().baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(request + ": " + e, e);
    }
  }

  public static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : PortalStack.get().url(pathOrUrl));
  }

  private HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new AssertionError(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
