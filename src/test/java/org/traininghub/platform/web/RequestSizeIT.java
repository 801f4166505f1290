package org.traininghub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Http;
import org.traininghub.it.PortalStack;

/**
 * A body too large is refused with 413 and a page that names the limit, before anything reads it;
 * the portal goes on serving. A file too large for the import reaches its form, which says why.
 */
class RequestSizeIT extends BrowserTest {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @TempDir static Path files;

  @BeforeAll
  static void signIn() {
    browser.signInAsAdmin();
  }

  @Test
  void tenMegabytesPostedToSignInAreRefusedWith413() throws Exception {
    HttpResponse<String> response = postForm("/signin.xhtml", 10 * 1024 * 1024);
    assertEquals(413, response.statusCode(), response.body());
    assertTrue(response.body().contains("The limit is 1 MB"), response.body());
    assertEquals(200, Http.get("/signin.xhtml").statusCode(), "still serving");
  }

  @Test
  void tenMegabytesPostedToForgotPasswordAreRefusedWith413() throws Exception {
    HttpResponse<String> response = postForm("/access/forgot-password.xhtml", 10 * 1024 * 1024);
    assertEquals(413, response.statusCode(), response.body());
    assertTrue(response.body().contains("The limit is 1 MB"), response.body());
    assertEquals(200, Http.get("/access/forgot-password.xhtml").statusCode(), "still serving");
  }

  @Test
  void aCsvOfFiveAndAHalfMegabytesIsRefusedByTheImportForm() throws IOException {
    Path csv = csvOf("five-and-a-half.csv", 5_500_000);
    browser.open("/admin/catalogue/import.xhtml");
    browser.find(By.id("file")).sendKeys(csv.toString());
    browser.clickAndWaitForPage(By.id("check"));
    String form = browser.text(By.id("upload"));
    assertTrue(form.contains("1 MB"), form);
  }

  @Test
  void aFileOverTheUploadLimitGetsThe413Page() throws IOException {
    Path csv = csvOf("eleven.csv", 11 * 1024 * 1024);
    browser.open("/admin/catalogue/import.xhtml");
    browser.find(By.id("file")).sendKeys(csv.toString());
    browser.find(By.id("check")).click();
    browser.waitForText(By.tagName("h1"), "too large");
    assertTrue(browser.text(By.id("limit")).contains("The limit is 10 MB"));
    browser.checkAccessibility();
    browser.open("/admin/catalogue/import.xhtml");
    assertEquals("Import accredited courses", browser.text(By.tagName("h1")), "still serving");
  }

  private static HttpResponse<String> postForm(String path, int bytes) throws Exception {
    byte[] body = new byte[bytes];
    Arrays.fill(body, (byte) 'a');
    System.arraycopy("email=".getBytes(), 0, body, 0, 6);
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(PortalStack.get().url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .timeout(Duration.ofSeconds(60))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Path csvOf(String name, int bytes) throws IOException {
    StringBuilder text = new StringBuilder(bytes + 100);
    text.append("title,provider\n");
    while (text.length() < bytes) {
      text.append("A course title that fills the file,A provider\n");
    }
    return Files.writeString(files.resolve(name), text);
  }
}
