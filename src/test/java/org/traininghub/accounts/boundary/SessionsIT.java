package org.traininghub.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * Sessions from sign-in to sign-out: a new session id at every sign-in and none before it, a form
 * sent after the session ended, forged view states, sessions that end when the account's
 * credentials change, sign-in forms posted from other sites, bad Host headers, and the headers
 * every answer carries. Plain HTTP, one cookie jar per browser.
 */
class SessionsIT {

  private static final String PASSWORD = DemoPeople.COACH_PASSWORD;
  private static final AtomicInteger PEOPLE = new AtomicInteger();

  /** A fresh active coach, with the demo coach's password: its own sessions to end. */
  private static String newCoach() {
    String email = "sessions-" + PEOPLE.incrementAndGet() + "@it.traininghub.example";
    Sql.update(
        "INSERT INTO account (email, display_name, password_hash, role, created_at, status,"
            + " pcn_id, password_changed_at) SELECT ?, 'Sam Session', password_hash, 'COACH',"
            + " created_at, 'ACTIVE', pcn_id, password_changed_at FROM account WHERE email = ?",
        email,
        DemoPeople.COACH_EMAIL);
    return email;
  }

  private static WebClient signedIn(String email, String password) {
    WebClient client = new WebClient();
    HttpResponse<String> answer = client.signIn(email, password);
    assertEquals(302, answer.statusCode(), "sign-in as " + email + ":\n" + answer.body());
    assertEquals(200, client.get("/account/").statusCode());
    return client;
  }

  private static void assertSignedOut(WebClient client) {
    HttpResponse<String> account = client.get("/account/");
    assertEquals(302, account.statusCode(), account.body());
    assertTrue(location(account).contains("/signin.xhtml"), location(account));
  }

  private static boolean noSessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .noneMatch(c -> c.startsWith("JSESSIONID"));
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  // Item 1

  @Test
  void signingOutFromTheCataloguePageSignsOut() {
    for (String page : List.of("/catalogue/", "/catalogue/?kind=pci-module")) {
      WebClient client = signedIn(newCoach(), PASSWORD);
      HttpResponse<String> catalogue = client.get(page);
      assertEquals(200, catalogue.statusCode());
      HttpResponse<String> out = client.submit(WebClient.form(catalogue, "signout"));
      assertEquals(302, out.statusCode(), page + ":\n" + out.body());
      assertSignedOut(client);
    }
  }

  @Test
  void signingOutFromAnErrorPageSignsOut() {
    for (String page :
        List.of(
            "/admin/", "/catalogue/item.xhtml?id=999999999", "/records/review/compliance.xhtml")) {
      WebClient client = signedIn(newCoach(), PASSWORD);
      HttpResponse<String> shown = client.get(page);
      assertTrue(shown.statusCode() == 403 || shown.statusCode() == 404, page);
      HttpResponse<String> out = client.submit(WebClient.form(shown, "signout"));
      assertEquals(302, out.statusCode(), page + ":\n" + out.body());
      assertTrue(location(out).endsWith("/"), location(out));
      assertSignedOut(client);
    }
  }

  @Test
  void signOutAcceptsOnlyAPost() {
    WebClient client = signedIn(newCoach(), PASSWORD);
    HttpResponse<String> opened = client.get("/signout");
    assertEquals(302, opened.statusCode());
    assertTrue(location(opened).endsWith("/"), location(opened));
    assertEquals(200, client.get("/account/").statusCode(), "a GET signs nobody out");
  }

  // Item 2

  @Test
  void aFormSentAfterTheSessionEndedAsksToSignInAndLeadsBackToTheForm() {
    String email = newCoach();
    WebClient client = signedIn(email, PASSWORD);
    Map<String, String> profile = WebClient.form(client.get("/account/"), "profile");
    // another tab signs out
    client.submit(WebClient.form(client.get("/"), "signout"));

    profile.put("profile:name", "Sam Renamed");
    HttpResponse<String> save = client.submit(profile);
    assertTrue(save.statusCode() == 302 || save.statusCode() == 303, save.body());
    assertTrue(location(save).contains("/signin.xhtml"), location(save));
    HttpResponse<String> signInPage = client.get(location(save));
    assertEquals(200, signInPage.statusCode());
    assertTrue(
        signInPage.body().contains("Your session had ended"), "says why:\n" + signInPage.body());
    assertTrue(noSessionCookie(save) && noSessionCookie(signInPage), "no session before sign-in");

    HttpResponse<String> in = client.signIn(location(save), email, PASSWORD);
    assertEquals(302, in.statusCode(), in.body());
    assertTrue(location(in).endsWith("/account/index.xhtml"), location(in));
    HttpResponse<String> again = client.get(location(in));
    assertEquals(200, again.statusCode(), again.body());
    assertTrue(again.body().contains("id=\"profile\""), again.body());
    assertEquals(
        "Sam Session", Sql.scalar("SELECT display_name FROM account WHERE email = ?", email));
  }

  @Test
  void anAdminsEditAfterTheSessionEndedLeadsBackToTheSameItem() {
    String id = Sql.scalar("SELECT MIN(id) FROM catalogue_item");
    WebClient admin = signedIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    String page = "/admin/catalogue/edit.xhtml?id=" + id;
    Map<String, String> editor = WebClient.form(admin.get(page), "editor");
    admin.submit(WebClient.form(admin.get("/"), "signout"));

    HttpResponse<String> save =
        admin.submit(
            editor, Map.of("Origin", WebClient.origin(), "Referer", PortalStack.get().url(page)));
    assertTrue(location(save).contains("/signin.xhtml"), location(save));
    HttpResponse<String> in =
        admin.signIn(location(save), PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    assertEquals(302, in.statusCode(), in.body());
    assertTrue(location(in).endsWith(page), location(in));
    assertEquals(200, admin.get(location(in)).statusCode());
  }

  @Test
  void onlyALocalPageIsOfferedAfterSignIn() {
    String email = newCoach();
    for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example")) {
      WebClient client = new WebClient();
      HttpResponse<String> in =
          client.signIn(
              "/signin.xhtml?next="
                  + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8),
              email,
              PASSWORD);
      assertEquals(302, in.statusCode());
      assertTrue(location(in).startsWith(PortalStack.get().baseUrl()), location(in));
      assertFalse(location(in).contains("evil"), location(in));
    }
  }

  // Item 3

  @Test
  void aForgedOrExpiredViewStateShowsThePageExpired() {
    WebClient client = signedIn(newCoach(), PASSWORD);
    Map<String, String> profile = WebClient.form(client.get("/account/"), "profile");
    profile.put("jakarta.faces.ViewState", "-123456789:987654321");
    HttpResponse<String> forged = client.submit(profile);
    assertEquals(400, forged.statusCode(), forged.body());
    assertTrue(forged.body().contains("Your page had expired"), forged.body());

    Map<String, String> signIn = WebClient.form(new WebClient().get("/signin.xhtml"), "signin");
    signIn.put("jakarta.faces.ViewState", "random");
    HttpResponse<String> anonymous = new WebClient().submit(signIn);
    assertTrue(anonymous.statusCode() < 500, anonymous.body());
  }

  // Item 4

  @Test
  void aSignedOutVisitorSentToSignInGetsNoSessionAndSigningInGivesANewOne() {
    String email = newCoach();
    WebClient client = new WebClient();
    HttpResponse<String> account = client.get("/account/");
    assertEquals(302, account.statusCode());
    assertTrue(location(account).contains("/signin.xhtml?next="), location(account));
    assertTrue(account.headers().allValues("Set-Cookie").isEmpty(), "no session for a visitor");
    HttpResponse<String> in = client.signIn(location(account), email, PASSWORD);
    assertEquals(302, in.statusCode());
    assertTrue(location(in).endsWith("/account/"), location(in));
    String first = client.sessionId().orElseThrow();

    // Signing in again over a session (a planted one, say) gives a new id; the old one is dead.
    HttpResponse<String> again = client.signIn(email, PASSWORD);
    assertEquals(302, again.statusCode());
    String second = client.sessionId().orElseThrow();
    assertNotEquals(first, second);
    WebClient planted = new WebClient();
    planted.useSessionId(first);
    assertSignedOut(planted);
  }

  // Item 5

  @Test
  void changingThePasswordEndsTheOtherSessions() {
    String email = newCoach();
    WebClient s1 = signedIn(email, PASSWORD);
    WebClient s2 = signedIn(email, PASSWORD);
    Map<String, String> change = WebClient.form(s1.get("/account/password.xhtml"), "change");
    change.put("change:current", PASSWORD);
    change.put("change:password", "another-session-password-7");
    change.put("change:confirmation", "another-session-password-7");
    HttpResponse<String> changed = s1.submit(change);
    assertEquals(302, changed.statusCode(), changed.body());
    assertEquals(200, s1.get("/account/").statusCode(), "the session that changed it stays");
    assertSignedOut(s2);
  }

  @Test
  void resettingThePasswordByLinkEndsEverySession() {
    String email = newCoach();
    WebClient s1 = signedIn(email, PASSWORD);
    WebClient anyone = new WebClient();
    Map<String, String> forgot =
        WebClient.form(anyone.get("/access/forgot-password.xhtml"), "forgot");
    forgot.put("forgot:email", email);
    anyone.submit(forgot);
    MimeMessage mail = PortalStack.get().smtp().awaitMessage(email, 1, Duration.ofSeconds(30));
    Map<String, String> reset =
        WebClient.form(anyone.get(SmtpServer.link(mail, "/access/reset-password.xhtml")), "reset");
    reset.put("reset:password", "a-reset-session-password-8");
    reset.put("reset:confirmation", "a-reset-session-password-8");
    assertEquals(302, anyone.submit(reset).statusCode());
    assertSignedOut(s1);
  }

  @Test
  void confirmingANewAddressEndsEverySessionAndTheOldAddressIsNoLongerThem() {
    String email = newCoach();
    String newEmail = "moved-" + email;
    WebClient s1 = signedIn(email, PASSWORD);
    WebClient s2 = signedIn(email, PASSWORD);
    // The link a profile save sends to the new address, made here without the profile's rules.
    String secret = "sessions-link-" + PEOPLE.incrementAndGet();
    Sql.update(
        "INSERT INTO account_token (account_id, purpose, token_hash, created_at, expires_at,"
            + " new_email) SELECT id, 'EMAIL', SHA2(?, 256), UTC_TIMESTAMP(6),"
            + " UTC_TIMESTAMP(6) + INTERVAL 1 DAY, ? FROM account WHERE email = ?",
        secret,
        newEmail,
        email);
    WebClient anyone = new WebClient();
    HttpResponse<String> confirmed =
        anyone.submit(
            WebClient.form(anyone.get("/access/confirm-email.xhtml?token=" + secret), "confirm"));
    assertEquals(302, confirmed.statusCode(), confirmed.body());
    assertEquals(newEmail, Sql.scalar("SELECT email FROM account WHERE email = ?", newEmail));
    assertSignedOut(s1);
    assertSignedOut(s2);
    newCoachWithAddress(email);
    assertSignedOut(s2);
    signedIn(newEmail, PASSWORD);
  }

  @Test
  void deletingTheAccountEndsTheOtherSessions() {
    String email = newCoach();
    WebClient s1 = signedIn(email, PASSWORD);
    WebClient s2 = signedIn(email, PASSWORD);
    Map<String, String> delete = WebClient.form(s1.get("/account/data.xhtml"), "delete");
    delete.put("delete:password", PASSWORD);
    delete.put("delete:understood", "on");
    assertEquals(302, s1.submit(delete).statusCode());
    assertSignedOut(s2);
    // Someone registers the old address: the old session is not theirs either.
    newCoachWithAddress(email);
    assertSignedOut(s2);
  }

  private static void newCoachWithAddress(String email) {
    Sql.update(
        "INSERT INTO account (email, display_name, password_hash, role, created_at, status,"
            + " pcn_id, password_changed_at) SELECT ?, 'Someone Else', password_hash, 'COACH',"
            + " created_at, 'ACTIVE', pcn_id, password_changed_at FROM account WHERE email = ?",
        email,
        DemoPeople.COACH_EMAIL);
  }

  // Item 6

  @Test
  void aSignInPostedFromAnotherSiteIsRefused() {
    String email = newCoach();
    WebClient victim = new WebClient();
    Map<String, String> fields = WebClient.form(victim.get("/signin.xhtml"), "signin");
    fields.put("email", email);
    fields.put("password", PASSWORD);
    for (Map<String, String> headers :
        List.of(
            Map.of("Origin", "https://evil.example"),
            Map.of("Origin", "null"),
            Map.of("Referer", "https://evil.example/login-csrf.html"))) {
      HttpResponse<String> answer = victim.submit(fields, headers);
      assertEquals(403, answer.statusCode(), headers + ": " + answer.body());
      assertTrue(victim.sessionId().isEmpty(), headers + ": signed in");
    }
    Map<String, String> register = WebClient.form(victim.get("/access/register.xhtml"), "register");
    assertEquals(
        403, victim.submit(register, Map.of("Origin", "https://evil.example")).statusCode());
    assertEquals(302, victim.submit(fields).statusCode(), "from the portal's own page");
  }

  // Item 9

  @Test
  void aMalformedHostIsRefusedAndRedirectsNeverNameAnotherHost() {
    String bad = WebClient.raw("GET / HTTP/1.1\r\nHost: #{x}\r\nConnection: close\r\n\r\n");
    assertTrue(bad.startsWith("HTTP/1.1 400"), bad);

    String redirect =
        WebClient.raw("GET /account/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    assertTrue(redirect.startsWith("HTTP/1.1 302"), redirect);
    assertTrue(redirect.contains("Location: " + PortalStack.get().baseUrl()), redirect);
    assertFalse(redirect.contains("evil.example/"), redirect);

    String directory =
        WebClient.raw("GET /catalogue HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    assertTrue(directory.startsWith("HTTP/1.1 30"), directory);
    assertFalse(directory.contains("evil.example/"), directory);

    Map<String, String> forgot =
        WebClient.form(new WebClient().get("/access/forgot-password.xhtml"), "forgot");
    forgot.remove("#action");
    forgot.put("forgot:email", "nobody@it.traininghub.example");
    String body = WebClient.encode(forgot);
    String faces =
        WebClient.raw(
            "POST /access/forgot-password.xhtml HTTP/1.1\r\nHost: evil.example\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.length()
                + "\r\nConnection: close\r\n\r\n"
                + body);
    assertTrue(faces.startsWith("HTTP/1.1 302"), faces);
    assertFalse(faces.contains("evil.example/"), faces);
  }

  // Item 22

  @Test
  void pagesWithPersonalDataAreNeverStored() {
    WebClient admin = signedIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    for (String page :
        List.of(
            "/account/",
            "/account/data.json",
            "/admin/people/",
            "/admin/audit/",
            "/admin/mail/message.xhtml?id=1",
            "/catalogue/")) {
      HttpResponse<String> answer = admin.get(page);
      assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), page);
    }
    WebClient lead = signedIn(DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD);
    assertEquals("no-store", lead.get("/pcn/").headers().firstValue("Cache-Control").orElse(""));
    assertEquals(
        "no-store",
        new WebClient().get("/account/").headers().firstValue("Cache-Control").orElse(""));
  }

  // Item 23

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndNoneNamesTheServer() {
    WebClient visitor = new WebClient();
    for (String page :
        List.of("/", "/WEB-INF/web.xml", "/account/", "/no-such-page.xhtml", "/catalogue/")) {
      HttpResponse<String> answer = visitor.get(page);
      assertTrue(
          answer.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src"),
          page + " " + answer.statusCode() + " " + answer.headers().map());
      assertEquals(
          "nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), page);
      assertTrue(answer.headers().firstValue("Server").isEmpty(), page + " names the server");
      assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), page + " X-Powered-By");
    }
    for (String request :
        List.of(
            "TRACE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "DELETE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: #{x}\r\nConnection: close\r\n\r\n")) {
      String answer = WebClient.raw(request);
      String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
      assertFalse(head.contains("Server:"), answer);
      if (!request.startsWith("TRACE")) {
        assertTrue(head.contains("Content-Security-Policy: default-src"), answer);
      }
    }
  }
}
