package org.traininghub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * Every protected page and download, asked for by every role: anonymous visitors are sent to sign
 * in, the wrong role gets 403, and a PCN lead asking for another PCN's coach gets 404, never the
 * data. Plain HTTP with a session cookie, as any client would send it.
 */
class RoleMatrixIT {

  private enum Who {
    ANONYMOUS,
    COACH,
    PCN_LEAD,
    HUB_ADMIN
  }

  private static final int SIGN_IN = 302;

  /** URL -> expected status for anonymous, coach, PCN lead, hub admin. */
  private static Map<String, int[]> matrix() {
    String ownCoach = Sql.scalar("SELECT id FROM account WHERE email = ?", DemoPeople.COACH_EMAIL);
    String otherCoach =
        Sql.scalar("SELECT id FROM account WHERE email = ?", DemoPeople.OTHER_COACH_EMAIL);
    Map<String, int[]> m = new LinkedHashMap<>();
    int[] adminOnly = {SIGN_IN, 403, 403, 200};
    for (String url :
        List.of(
            "/admin/",
            "/admin/catalogue/",
            "/admin/catalogue/edit.xhtml",
            "/admin/catalogue/import.xhtml",
            "/admin/records/import.xhtml",
            "/admin/pcns/",
            "/admin/records/",
            "/admin/audit/",
            "/admin/mail/",
            "/admin/mail/?status=DEAD",
            "/admin/people/",
            "/admin/people/invite.xhtml",
            "/admin/newsletter/")) {
      m.put(url, adminOnly);
    }
    m.put("/admin/mail/message.xhtml?id=999999", new int[] {SIGN_IN, 403, 403, 404});
    m.put("/admin/records/pathway.xhtml?id=999999", new int[] {SIGN_IN, 403, 403, 404});
    m.put("/admin/newsletter/campaigns.xhtml", adminOnly);
    m.put("/admin/newsletter/campaign.xhtml", adminOnly);
    m.put("/admin/newsletter/campaign.xhtml?id=999999", new int[] {SIGN_IN, 403, 403, 404});
    m.put("/admin/newsletter/preview.xhtml?id=999999", new int[] {SIGN_IN, 403, 403, 404});
    m.put("/newsletter/archive/", new int[] {200, 200, 200, 200});
    m.put("/newsletter/archive/999999", new int[] {404, 404, 404, 404});
    m.put("/admin/newsletter/import.xhtml", adminOnly);
    m.put("/admin/newsletter/subscribers.csv", adminOnly);
    int[] signedIn = {SIGN_IN, 200, 200, 200};
    for (String url :
        List.of(
            "/account/", "/account/password.xhtml", "/account/data.xhtml", "/account/data.json")) {
      m.put(url, signedIn);
    }
    m.put("/pcn/", new int[] {SIGN_IN, 403, 200, 403});
    m.put("/records/", new int[] {SIGN_IN, 200, 403, 403});
    for (String url :
        List.of(
            "/records/review/compliance.xhtml",
            "/records/review/compliance.csv",
            "/records/review/compliance.xlsx")) {
      m.put(url, new int[] {SIGN_IN, 403, 200, 200});
    }
    m.put("/evidence/999999", new int[] {SIGN_IN, 404, 404, 404});
    m.put("/records/review/queue.xhtml", new int[] {SIGN_IN, 403, 200, 200});
    m.put("/records/review/queue.xhtml?completion=999999", new int[] {SIGN_IN, 403, 404, 404});
    m.put("/records/readiness.xhtml", new int[] {SIGN_IN, 200, 403, 403});
    m.put("/records/review/readiness.xhtml?coach=" + ownCoach, new int[] {SIGN_IN, 403, 200, 200});
    m.put(
        "/records/review/readiness.xhtml?coach=" + otherCoach, new int[] {SIGN_IN, 403, 404, 200});
    m.put("/verify/not-a-current-record", new int[] {404, 404, 404, 404});
    m.put("/pcn/coach.xhtml?id=" + ownCoach, new int[] {SIGN_IN, 403, 200, 403});
    m.put("/pcn/coach.xhtml?id=" + otherCoach, new int[] {SIGN_IN, 403, 404, 403});
    m.put("/pcn/coach.xhtml?id=999999", new int[] {SIGN_IN, 403, 404, 403});
    int[] everyone = {200, 200, 200, 200};
    for (String url :
        List.of(
            "/",
            "/catalogue/",
            "/api/catalogue",
            "/signin.xhtml",
            "/access/register.xhtml",
            "/newsletter/")) {
      m.put(url, everyone);
    }
    return m;
  }

  @Test
  void everyRoleGetsExactlyWhatItMay() {
    Map<String, int[]> matrix = matrix();
    List<String> wrong = new ArrayList<>();
    for (Who who : Who.values()) {
      WebClient client = new WebClient();
      switch (who) {
        case COACH -> signIn(client, DemoPeople.COACH_EMAIL, DemoPeople.COACH_PASSWORD);
        case PCN_LEAD -> signIn(client, DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD);
        case HUB_ADMIN -> signIn(client, PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
        case ANONYMOUS -> {
          // no sign-in
        }
      }
      matrix.forEach(
          (url, expected) -> {
            HttpResponse<String> response = client.get(url);
            int want = expected[who.ordinal()];
            if (response.statusCode() != want) {
              wrong.add(who + " " + url + ": " + response.statusCode() + ", expected " + want);
            }
            if (want == SIGN_IN) {
              String location = response.headers().firstValue("Location").orElse("");
              if (!location.contains("/signin.xhtml")) {
                wrong.add(who + " " + url + ": redirected to " + location);
              }
            }
            if (url.contains("coach.xhtml")
                && want != 200
                && (response.body().contains("Ben Okafor") || response.body().contains("Asha"))) {
              wrong.add(who + " " + url + ": the answer shows the coach");
            }
          });
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void pagesCarryTheSecurityHeadersAndTheSessionCookieIsGuarded() {
    HttpResponse<String> page = new WebClient().get("/");
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("default-src 'self'"), csp);
    assertTrue(csp.contains("frame-ancestors 'self'"), csp);
    assertTrue(csp.contains("object-src 'none'"), csp);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(
        "strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElse(""));

    String cookie = signIn(new WebClient(), PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
  }

  /** Signs {@code client} in through the sign-in form; returns the cookies set on the way. */
  private static String signIn(WebClient client, String email, String password) {
    HttpResponse<String> response = client.signIn(email, password);
    assertEquals(302, response.statusCode(), "sign-in as " + email + ": " + response.body());
    return String.join("; ", response.headers().allValues("Set-Cookie"));
  }
}
