package org.traininghub.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.traininghub.accounts.boundary.DemoPeople;

/**
 * Many signed-in people at once, cheaply: accounts copied from a demo one (same PCN), each given a
 * session by the test-only {@code SessionProbe} instead of the slow password check. Their requests
 * then go through the portal's normal session check, like anyone's.
 */
public final class Coaches {

  private static final AtomicInteger COUNT = new AtomicInteger();

  private Coaches() {}

  /** A person signed in: their account id, address, and session cookie value. */
  public record SignedIn(long id, String email, String sessionId) {

    /** The {@code Cookie} header of their requests. */
    public String cookie() {
      return "JSESSIONID=" + sessionId;
    }
  }

  /** {@code n} new coaches of the demo coach's PCN, each signed in. */
  public static List<SignedIn> signedIn(int n) {
    return signedIn(n, DemoPeople.COACH_EMAIL, "COACH", "coach");
  }

  /**
   * {@code n} new accounts copied from {@code template} with {@code role} (the account's role) and
   * {@code group} (the session's), each signed in.
   */
  public static List<SignedIn> signedIn(int n, String template, String role, String group) {
    List<SignedIn> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String email =
          "booker-" + COUNT.incrementAndGet() + "-" + System.nanoTime() + "@it.traininghub.example";
      Sql.update(
          "INSERT INTO account (email, display_name, password_hash, role, created_at, status,"
              + " pcn_id, password_changed_at) SELECT ?, ?, password_hash, ?,"
              + " created_at, 'ACTIVE', pcn_id, password_changed_at FROM account WHERE email = ?",
          email,
          "Booker " + COUNT.get(),
          role,
          template);
      long id = Long.parseLong(Sql.scalar("SELECT id FROM account WHERE email = ?", email));
      people.add(new SignedIn(id, email, session(id, group)));
    }
    return people;
  }

  /** A session signed in as account {@code id} in {@code group} (e.g. coach, pcn-lead). */
  public static String session(long id, String group) {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    try {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(
                          PortalStack.get().url("/test-only/session?id=" + id + "&role=" + group)))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new AssertionError("session for " + id + ": " + answer.statusCode());
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie for " + id))
        .getValue();
  }
}
