package org.traininghub.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.traininghub.it.PortalStack;
import org.traininghub.it.WebClient;

/**
 * How pages and assets travel, over real HTTP as a browser asks for them: text is gzip-compressed
 * by Payara's listener when the browser accepts it, versioned assets are cached for a year, and
 * PrimeFaces' theme and icon font reach only the pages that use PrimeFaces.
 */
class DeliveryIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** The head of a page that uses PrimeFaces (the admin's catalogue table). */
  private static Document adminCatalogue;

  @BeforeAll
  static void signInAsAdmin() {
    WebClient admin = new WebClient();
    admin.signIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    HttpResponse<String> page = admin.get("/admin/catalogue/");
    assertEquals(200, page.statusCode(), page.body());
    adminCatalogue = Jsoup.parse(page.body());
  }

  @Test
  void pagesStylesheetsAndScriptsAreCompressedForBrowsersThatAcceptGzip() {
    Document home = page("/");
    for (String path :
        List.of(
            "/",
            "/catalogue/",
            PortalStylesheet.PATH,
            stylesheet(adminCatalogue, "theme.css"),
            script(adminCatalogue, "core.js"))) {
      HttpResponse<byte[]> gzipped = get(path, "gzip");
      assertEquals(200, gzipped.statusCode(), path);
      assertEquals("gzip", header(gzipped, "Content-Encoding"), path);
      assertTrue(header(gzipped, "Vary").contains("Accept-Encoding"), path);
      HttpResponse<byte[]> plain = get(path, null);
      assertEquals("", header(plain, "Content-Encoding"), path);
      assertTrue(
          gunzip(gzipped.body()).length >= plain.body().length * 9 / 10,
          path + " unpacks to what is sent plain");
      assertTrue(gzipped.body().length < plain.body().length / 2, path + " is less than half");
    }
  }

  @Test
  void theSameStylesheetUnpacksToTheBytesSentPlain() {
    String path = PortalStylesheet.PATH;
    assertArrayEquals(get(path, null).body(), gunzip(get(path, "gzip").body()));
  }

  @Test
  void imagesAreNotCompressedAgain() {
    // 16 KiB, well over the size from which text is compressed
    HttpResponse<byte[]> image =
        get("/jakarta.faces.resource/messages/messages.png.xhtml?ln=primefaces", "gzip");
    assertEquals(200, image.statusCode());
    assertTrue(header(image, "Content-Type").startsWith("image/png"));
    assertEquals("", header(image, "Content-Encoding"));
  }

  @Test
  void versionedAssetsAreCachedForAYear() {
    for (String path :
        List.of(
            stylesheet(adminCatalogue, "hub.css"),
            stylesheet(adminCatalogue, "theme.css"),
            script(adminCatalogue, "core.js"))) {
      assertTrue(path.contains("v="), path);
      assertEquals(
          "public, max-age=31536000, immutable", header(get(path, null), "Cache-Control"), path);
    }
  }

  @Test
  void pagesAndUnversionedAssetsKeepTheirCaching() {
    assertEquals("", header(get("/static/css/hub.css", null), "Cache-Control"));
    assertEquals("", header(get("/", null), "Cache-Control"));
    assertNotEquals(
        "public, max-age=31536000, immutable",
        header(get("/jakarta.faces.resource/core.js.xhtml?ln=primefaces", null), "Cache-Control"));
  }

  @Test
  void onlyPagesThatUsePrimeFacesLoadItsThemeAndIcons() {
    for (String path : List.of("/", "/catalogue/", "/signin.xhtml", "/access/register.xhtml")) {
      Document page = page(path);
      assertTrue(
          page.select("link[href*=jakarta.faces.resource], script[src*=jakarta.faces.resource]")
              .isEmpty(),
          path + " loads " + page.head());
    }
    assertFalse(stylesheet(adminCatalogue, "theme.css").isEmpty());
    assertFalse(stylesheet(adminCatalogue, "primeicons.css").isEmpty());
  }

  @Test
  void pagesWithoutASessionCarryThePortalsStylesheetInTheirHeadInsteadOfLinkingIt() {
    String css = new String(get(PortalStylesheet.PATH, null).body(), StandardCharsets.UTF_8);
    for (Document page : List.of(page("/"), page("/catalogue/"), page("/signin.xhtml"))) {
      assertTrue(page.select("link[href*=hub.css]").isEmpty(), page.head().toString());
      Element style = page.head().selectFirst("style");
      assertTrue(style != null, "no style element in " + page.head());
      assertEquals(css, style.data(), page.title());
    }
  }

  @Test
  void signedInPagesLinkThePortalsStylesheetVersionedByItsContent() {
    String css = new String(get(PortalStylesheet.PATH, null).body(), StandardCharsets.UTF_8);
    assertTrue(adminCatalogue.head().select("style").isEmpty(), adminCatalogue.head().toString());
    String href = stylesheet(adminCatalogue, "hub.css");
    assertEquals(PortalStylesheet.PATH + "?v=" + PortalStylesheet.version(css), href);
    HttpResponse<byte[]> linked = get(href, null);
    assertEquals(css, new String(linked.body(), StandardCharsets.UTF_8));
    assertEquals(VersionedAssets.IMMUTABLE, header(linked, "Cache-Control"));
    // After PrimeFaces' theme, so that the portal's rules win over the theme's.
    assertEquals(
        1,
        adminCatalogue.head().select("link[href*=theme.css] ~ link[href*=hub.css]").size(),
        adminCatalogue.head().toString());
  }

  private static String stylesheet(Document page, String name) {
    Element link = page.selectFirst("link[rel=stylesheet][href*=" + name + "]");
    assertTrue(link != null, "no " + name + " in " + page.head());
    return link.attr("href");
  }

  private static String script(Document page, String name) {
    Element script = page.selectFirst("script[src*=" + name + "]");
    assertTrue(script != null, "no " + name + " in " + page.head());
    return script.attr("src");
  }

  private static Document page(String path) {
    return Jsoup.parse(new String(get(path, null).body(), StandardCharsets.UTF_8));
  }

  private static HttpResponse<byte[]> get(String path, String acceptEncoding) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(PortalStack.get().url(path)))
            .timeout(Duration.ofSeconds(30));
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String header(HttpResponse<?> response, String name) {
    return String.join(", ", response.headers().allValues(name));
  }

  private static byte[] gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("not gzip", e);
    }
  }
}
