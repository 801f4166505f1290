package org.traininghub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Http;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;

/**
 * Every form and every address is read as UTF-8, whether or not the visitor has a session: a
 * transient view (register, forgot password, sign in), a signed-in view (profile, password), and a
 * query string (the catalogue search).
 */
class EncodingIT extends BrowserTest {

  private static final String NAME = "Siân Zoë Walker-Ørsted";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void aNameRegisteredSignedOutIsStoredAndMailedAsTyped() {
    String email = "sian.encoding@it.traininghub.example";
    People.register(browser, NAME, email, "a long enough password", null, false);
    assertEquals("/access/check-email.xhtml", browser.currentPath());
    assertEquals(NAME, Sql.scalar("SELECT display_name FROM account WHERE email = ?", email));
    MimeMessage mail = PortalStack.get().smtp().awaitMessage(email);
    assertTrue(SmtpServer.text(mail).startsWith("Dear " + NAME + ","), SmtpServer.text(mail));
  }

  @Test
  void aSearchSignedOutIsForTheWordsTyped() {
    Document page = Jsoup.parse(Http.get("/catalogue/?q=" + utf8("Café Zoë")).body());
    assertEquals("Café Zoë", page.getElementById("q").val());
  }

  @Test
  void aFormPostedWithoutASessionIsReadAsUtf8() throws Exception {
    // As a browser sends it: the body is UTF-8, and the Content-Type names no charset.
    String body =
        "forgot=forgot&forgot%3Aemail="
            + utf8("zoë@")
            + "&forgot%3Asubmit=Send&jakarta.faces.ViewState=stateless";
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(
                    URI.create(PortalStack.get().url("/access/forgot-password.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    Document page = Jsoup.parse(response.body());
    assertEquals("zoë@", page.getElementById("forgot:email").val(), "the address as typed");
  }

  @Test
  void aPasswordWithAccentsChangedSignedInWorksAtSignIn() throws IOException {
    String email = "zoe.encoding@it.traininghub.example";
    String first = "first password for zoe";
    String accented = "Grüße aus Köln, Zoë ä";
    People.coach(browser, "Zoë Encoding", email, first, null);
    People.signIn(browser, email, first);
    browser.open("/account/");
    browser.type(By.id("profile:name"), NAME);
    browser.clickAndWaitForPage(By.id("profile:save"));
    assertEquals(NAME, Sql.scalar("SELECT display_name FROM account WHERE email = ?", email));

    browser.open("/account/password.xhtml");
    browser.type(By.id("change:current"), first);
    browser.type(By.id("change:password"), accented);
    browser.type(By.id("change:confirmation"), accented);
    browser.clickAndWaitForPage(By.id("change:submit"));
    assertTrue(browser.text(By.id("main")).contains("Your password has been changed"));
    People.signOut(browser);

    People.signIn(browser, email, accented);
    assertEquals("/account/", browser.currentPath(), "signed in with the accented password");
    People.signOut(browser);
  }

  private static String utf8(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
