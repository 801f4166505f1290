package org.traininghub.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * One emailed link used twice at the same moment (a double click, two tabs, a mail scanner and the
 * person): exactly one use changes anything, the other is told the link has been used, and neither
 * gets an error page.
 */
class EmailLinkRaceIT {

  private static final String PASSWORD = "cobalt lantern orchard sixteen";
  private static final String NEW_PASSWORD = "velvet harbour compass ninety";

  @Test
  void twoConfirmationsWithOneLinkConfirmTheAddressOnce() throws Exception {
    String email = "race.verify@it.traininghub.example";
    register(email);
    String link = link(email, 1, "/access/verify.xhtml?token=");

    List<HttpResponse<String>> answers = race(link, "verify", Map.of());

    assertOneUseAndOneRefusal(answers);
    assertEquals("ACTIVE", Sql.scalar("SELECT status FROM account WHERE email = ?", email));
    assertEquals("1", audited(email, "Address verified"));
  }

  @Test
  void twoPasswordResetsWithOneLinkChangeThePasswordOnce() throws Exception {
    String email = "race.reset@it.traininghub.example";
    register(email);
    WebClient verifier = new WebClient();
    Map<String, String> verify =
        WebClient.form(verifier.get(link(email, 1, "/access/verify.xhtml?token=")), "verify");
    assertEquals(302, verifier.submit(verify).statusCode(), "address confirmed");
    WebClient asker = new WebClient();
    Map<String, String> forgot =
        WebClient.form(asker.get("/access/forgot-password.xhtml"), "forgot");
    forgot.put("forgot:email", email);
    assertEquals(302, asker.submit(forgot).statusCode(), "reset asked for");
    String link = link(email, 2, "/access/reset-password.xhtml?token=");

    List<HttpResponse<String>> answers =
        race(
            link,
            "reset",
            Map.of("reset:password", NEW_PASSWORD, "reset:confirmation", NEW_PASSWORD));

    assertOneUseAndOneRefusal(answers);
    assertEquals("1", audited(email, "Password reset"));
    assertEquals(
        302, new WebClient().signIn(email, NEW_PASSWORD).statusCode(), "the new password works");
  }

  private static void register(String email) {
    WebClient client = new WebClient();
    Map<String, String> form = WebClient.form(client.get("/access/register.xhtml"), "register");
    form.put("register:name", "Race Runner");
    form.put("register:email", email);
    form.put("register:password", PASSWORD);
    form.put("register:confirmation", PASSWORD);
    assertEquals(302, client.submit(form).statusCode(), "registered");
  }

  private static String link(String email, int mailNumber, String path) {
    MimeMessage mail =
        PortalStack.get().smtp().awaitMessage(email, mailNumber, Duration.ofSeconds(30));
    return SmtpServer.link(mail, path);
  }

  /** Two people open the link, fill in its form, and send it at the same moment. */
  private static List<HttpResponse<String>> race(
      String link, String formId, Map<String, String> fields) throws Exception {
    List<WebClient> clients = List.of(new WebClient(), new WebClient());
    List<Map<String, String>> forms = new ArrayList<>();
    for (WebClient client : clients) {
      Map<String, String> form = WebClient.form(client.get(link), formId);
      form.putAll(fields);
      forms.add(form);
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        WebClient client = clients.get(i);
        Map<String, String> form = forms.get(i);
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.submit(form);
                }));
      }
      start.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : sent) {
        answers.add(answer.get(60, TimeUnit.SECONDS));
      }
      answers.sort(Comparator.comparingInt(HttpResponse::statusCode));
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertOneUseAndOneRefusal(List<HttpResponse<String>> answers) {
    HttpResponse<String> refused = answers.get(0);
    HttpResponse<String> used = answers.get(1);
    assertEquals(200, refused.statusCode(), refused.body());
    assertTrue(
        refused.body().contains("This link has already been used."),
        "the second is told why: " + refused.body());
    assertEquals(302, used.statusCode(), "the first goes on to sign in: " + used.body());
    assertTrue(
        used.headers().firstValue("Location").orElse("").contains("/signin.xhtml"),
        used.headers().toString());
  }

  private static String audited(String email, String action) {
    return Sql.scalar(
        "SELECT COUNT(*) FROM audit_entry e JOIN account a ON a.id = e.actor_id"
            + " WHERE a.email = ? AND e.action = ?",
        email,
        action);
  }
}
