package org.traininghub.newsletter.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.Http;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.SmtpServer;
import org.traininghub.it.Sql;
import org.traininghub.it.pages.ProfilePage;

/**
 * The newsletter's subscribers and consent against the real stack: sign-up on the page (double
 * opt-in: nothing but the confirmation mail until the link is followed), confirmation, the welcome
 * mail with RFC 8058 headers at a real SMTP server, and the one-click unsubscribe POST made as a
 * mail program makes it (no cookie, no session, no CSRF token); the API's one answer for new and
 * subscribed addresses; a preferences link changed by hand opens nothing.
 */
class NewsletterIT extends BrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void signUpConfirmWelcomeAndUnsubscribeWithOneClick() throws Exception {
    String email = "nell.news@it.traininghub.example";
    browser.open("/newsletter/");
    browser.clickAndWaitForPage(By.id("signup:submit"));
    String refused = browser.text(By.id("signup"));
    assertTrue(refused.contains("Enter an email address"), refused);
    assertTrue(refused.contains("Choose at least one topic"), refused);
    browser.type(By.id("signup:email"), "nell at example");
    browser.clickAndWaitForPage(By.id("signup:submit"));
    assertTrue(
        browser.text(By.id("signup")).contains("in the right format, like name@example.nhs.uk"));
    browser.screenshots("newsletter-signup-errors");

    browser.open("/newsletter/");
    browser.screenshots("newsletter-signup");
    browser.type(By.id("signup:email"), email);
    browser.type(By.id("signup:name"), "Nell News");
    browser.find(By.id("signup:topics:0")).click();
    browser.find(By.id("signup:topics:1")).click();
    browser.clickAndWaitForPage(By.id("signup:submit"));
    assertEquals("/newsletter/check-email.xhtml", browser.currentPath());
    assertEquals(
        "PENDING", Sql.scalar("SELECT status FROM newsletter_subscriber WHERE email = ?", email));
    assertEquals(
        "FORM sign-up-1",
        Sql.scalar(
            "SELECT CONCAT(c.method, ' ', c.wording_id) FROM newsletter_consent c"
                + " JOIN newsletter_subscriber s ON s.id = c.subscriber_id WHERE s.email = ?",
            email));

    MimeMessage confirmation = PortalStack.get().smtp().awaitMessage(email);
    assertTrue(confirmation.getSubject().contains("Confirm your subscription"));
    SmtpServer.assertPortalFooter(confirmation);
    String link = SmtpServer.link(confirmation, "/newsletter/confirm.xhtml?token=");
    browser.driver().get(link);
    browser.waitForPage();
    browser.checkAccessibility();
    assertEquals(1, PortalStack.get().smtp().messagesTo(email).size(), "only the confirmation");
    browser.screenshots("newsletter-confirm");
    browser.clickAndWaitForPage(By.id("confirm:submit"));
    assertTrue(browser.currentPath().startsWith("/newsletter/preferences.xhtml?link="));
    assertTrue(browser.text(By.tagName("main")).contains("Your subscription is confirmed"));
    assertEquals(
        "CONFIRMED", Sql.scalar("SELECT status FROM newsletter_subscriber WHERE email = ?", email));
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM newsletter_consent c JOIN newsletter_subscriber s"
                + " ON s.id = c.subscriber_id WHERE s.email = ? AND c.confirmed_at IS NOT NULL",
            email));

    browser.driver().get(link);
    browser.waitForPage();
    assertTrue(browser.text(By.id("refusal")).contains("already been used"), "single use");
    browser.screenshots("newsletter-confirm-used");

    MimeMessage welcome = PortalStack.get().smtp().awaitMessage(email, 2, WAIT);
    assertTrue(welcome.getSubject().contains("Welcome"), welcome.getSubject());
    String header = MimeUtility.unfold(welcome.getHeader("List-Unsubscribe")[0]);
    assertEquals("List-Unsubscribe=One-Click", welcome.getHeader("List-Unsubscribe-Post")[0]);
    assertTrue(header.startsWith("<") && header.endsWith(">"), header);
    String oneClick = header.substring(1, header.length() - 1);
    assertTrue(SmtpServer.text(welcome).contains(oneClick), "the same link in the body");
    assertTrue(SmtpServer.text(welcome).contains("HWBC training"));

    String path = oneClick.substring(PortalStack.get().baseUrl().length() - 1);
    HttpResponse<String> noBody =
        Http.post(path, "application/x-www-form-urlencoded", "something=else");
    assertEquals(400, noBody.statusCode(), noBody.body());
    // As a webmail page sends it: from its own origin, without the portal's cookies.
    HttpResponse<String> clicked =
        Http.post(
            path,
            "application/x-www-form-urlencoded",
            "List-Unsubscribe=One-Click",
            "Origin",
            "https://webmail.example");
    assertEquals(200, clicked.statusCode(), clicked.body());
    assertFalse(clicked.headers().firstValue("Set-Cookie").isPresent(), "no session is made");
    assertEquals(
        "UNSUBSCRIBED",
        Sql.scalar("SELECT status FROM newsletter_subscriber WHERE email = ?", email));
    assertEquals(
        "UNSUBSCRIBED",
        Sql.scalar("SELECT reason FROM newsletter_suppression WHERE email = ?", email));
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM newsletter_consent c JOIN newsletter_subscriber s"
                + " ON s.id = c.subscriber_id WHERE s.email = ? AND c.withdrawn_at IS NULL",
            email));
    // Again, as multipart/form-data (RFC 8058 allows either): no error, nothing more changes.
    HttpResponse<String> again =
        Http.post(
            path,
            "multipart/form-data; boundary=hub",
            "--hub\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\n"
                + "One-Click\r\n--hub--\r\n");
    assertEquals(200, again.statusCode(), again.body());
  }

  @Test
  void thePreferencesPageChangesTopicsAndUnsubscribes() {
    String email = "pru.prefs@it.traininghub.example";
    Http.post(
        "/api/subscriptions",
        "application/json",
        "{\"email\": \"" + email + "\", \"topics\": [\"voluntary-sector\"]}");
    MimeMessage confirmation = PortalStack.get().smtp().awaitMessage(email);
    browser.driver().get(SmtpServer.link(confirmation, "/newsletter/confirm.xhtml?token="));
    browser.waitForPage();
    browser.clickAndWaitForPage(By.id("confirm:submit"));
    MimeMessage welcome = PortalStack.get().smtp().awaitMessage(email, 2, WAIT);
    String preferences = SmtpServer.link(welcome, "/newsletter/preferences.xhtml?link=");

    browser.driver().get(preferences);
    browser.waitForPage();
    browser.checkAccessibility();
    browser.screenshots("newsletter-preferences");
    assertTrue(browser.text(By.id("address")).contains(email));
    browser.find(By.id("preferences:topics:0")).click();
    browser.clickAndWaitForPage(By.id("preferences:save"));
    assertTrue(browser.text(By.tagName("main")).contains("Your topics are saved"));
    assertEquals(
        "HWBC_TRAINING,VOLUNTARY_SECTOR",
        Sql.scalar(
            "SELECT GROUP_CONCAT(t.topic ORDER BY t.topic) FROM newsletter_subscriber_topic t"
                + " JOIN newsletter_subscriber s ON s.id = t.subscriber_id WHERE s.email = ?",
            email));

    browser.clickAndWaitForPage(By.id("unsubscribe:submit"));
    assertTrue(browser.text(By.tagName("main")).contains("You are unsubscribed"));
    browser.screenshots("newsletter-unsubscribed");
    assertEquals(
        "UNSUBSCRIBED",
        Sql.scalar("SELECT status FROM newsletter_subscriber WHERE email = ?", email));
  }

  @Test
  void anAccountsBoxBecomesASubscriptionOnceTheAddressIsProvenAndUntickingItWithdrawsIt()
      throws Exception {
    String email = "opal.optin@it.traininghub.example";
    People.register(browser, "Opal Optin", email, "wellbeing coaching in practice", null, true);
    assertEquals(
        "0", Sql.scalar("SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ?", email));
    People.confirmAddress(browser, email, 1);
    assertEquals(
        "CONFIRMED REGISTRATION registration-checkbox-1",
        Sql.scalar(
            "SELECT CONCAT(s.status, ' ', c.method, ' ', c.wording_id) FROM newsletter_consent c"
                + " JOIN newsletter_subscriber s ON s.id = c.subscriber_id WHERE s.email = ?",
            email));
    MimeMessage welcome = PortalStack.get().smtp().awaitMessage(email, 2, WAIT);
    assertTrue(welcome.getSubject().contains("Welcome"), welcome.getSubject());

    People.signIn(browser, email, "wellbeing coaching in practice");
    ProfilePage profile = ProfilePage.open(browser);
    assertTrue(browser.find(By.id("profile:newsletter")).isSelected(), "the box shows the choice");
    browser.find(By.id("profile:newsletter")).click();
    profile.save();
    assertTrue(browser.text(By.tagName("main")).contains("Your details are saved"), profile.form());
    People.signOut(browser);
    assertEquals(
        "UNSUBSCRIBED",
        Sql.scalar("SELECT status FROM newsletter_subscriber WHERE email = ?", email));
    assertEquals("0", Sql.scalar("SELECT newsletter + 0 FROM account WHERE email = ?", email));
  }

  @Test
  void adminsListSubscribersByStatus() {
    String email = "lia.listed@it.traininghub.example";
    Sql.update(
        "INSERT INTO newsletter_subscriber (email, name, status, created_at, version)"
            + " VALUES (?, 'Lia Listed', 'CONFIRMED', NOW(6), 0)",
        email);
    browser.signInAsAdmin();
    browser.open("/admin/newsletter/?status=CONFIRMED");
    assertTrue(browser.text(By.id("subscribers")).contains(email));
    browser.screenshots("newsletter-admin-list");
    browser.open("/admin/newsletter/?status=PENDING");
    assertFalse(browser.text(By.tagName("main")).contains(email), "filtered by status");
    People.signOut(browser);
  }

  @Test
  void aPreferencesLinkChangedByHandOpensNothing() {
    String victim = "vic.victim@it.traininghub.example";
    String attacker = "mal.mallory@it.traininghub.example";
    for (String email : new String[] {victim, attacker}) {
      Sql.update(
          "INSERT INTO newsletter_subscriber (email, status, created_at, version)"
              + " VALUES (?, 'CONFIRMED', NOW(6), 0)",
          email);
    }
    String victimId = Sql.scalar("SELECT id FROM newsletter_subscriber WHERE email = ?", victim);
    // Mallory asks again and is mailed her own preferences link; she changes its id to Vic's.
    Http.post(
        "/api/subscriptions",
        "application/x-www-form-urlencoded",
        "email=" + attacker + "&topics=hwbc-training");
    MimeMessage own = PortalStack.get().smtp().awaitMessage(attacker);
    String link = SmtpServer.link(own, "/newsletter/preferences.xhtml?link=");
    String value = link.substring(link.indexOf("link=") + 5);
    String forged = victimId + value.substring(value.indexOf('.'));
    assertNotEquals(value, forged);

    browser.open("/newsletter/preferences.xhtml?link=" + forged);
    assertTrue(browser.text(By.id("refusal")).contains("This link is not valid"));
    assertFalse(browser.driver().getPageSource().contains(victim), "nothing of the victim shown");
    browser.screenshots("newsletter-preferences-refused");
    HttpResponse<String> post =
        Http.post(
            "/api/subscriptions/unsubscribe?link=" + forged,
            "application/x-www-form-urlencoded",
            "List-Unsubscribe=One-Click");
    assertEquals(404, post.statusCode(), post.body());
    assertEquals(
        "CONFIRMED",
        Sql.scalar("SELECT status FROM newsletter_subscriber WHERE email = ?", victim));

    browser.open("/newsletter/preferences.xhtml?link=" + value);
    assertTrue(browser.text(By.id("address")).contains(attacker), "her own link works");
  }

  @Test
  void theApiAnswersTheSameForNewAndSubscribedAddresses() throws Exception {
    String subscribed = "sam.subscribed@it.traininghub.example";
    String fresh = "fay.fresh@it.traininghub.example";
    Sql.update(
        "INSERT INTO newsletter_subscriber (email, status, created_at, version)"
            + " VALUES (?, 'CONFIRMED', NOW(6), 0)",
        subscribed);
    HttpResponse<String> toSubscribed =
        Http.post(
            "/api/subscriptions",
            "application/json",
            "{\"email\": \"" + subscribed + "\", \"topics\": [\"hwbc-training\"]}");
    // The form on the hub's website: a browser's POST from another origin.
    HttpResponse<String> toFresh =
        Http.post(
            "/api/subscriptions",
            "application/x-www-form-urlencoded",
            "email=" + fresh + "&name=Fay&topics=hwbc-training&topics=primary-care-roles",
            "Origin",
            "https://www.hub-website.example");
    assertEquals(202, toSubscribed.statusCode(), toSubscribed.body());
    assertEquals(toSubscribed.statusCode(), toFresh.statusCode());
    assertEquals(toSubscribed.body(), toFresh.body(), "one answer whatever the address");

    MimeMessage already = PortalStack.get().smtp().awaitMessage(subscribed);
    assertTrue(already.getSubject().contains("already"), already.getSubject());
    MimeMessage confirm = PortalStack.get().smtp().awaitMessage(fresh);
    assertTrue(confirm.getSubject().contains("Confirm"), confirm.getSubject());
    assertEquals(
        "API PENDING",
        Sql.scalar(
            "SELECT CONCAT(c.method, ' ', s.status) FROM newsletter_consent c"
                + " JOIN newsletter_subscriber s ON s.id = c.subscriber_id WHERE s.email = ?",
            fresh));
    assertEquals(
        "CONFIRMED",
        Sql.scalar("SELECT status FROM newsletter_subscriber WHERE email = ?", subscribed));

    HttpResponse<String> bad =
        Http.post(
            "/api/subscriptions",
            "application/json",
            "{\"email\": \"nobody@nowhere\", \"topics\": [\"gardening\"]}");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("name@example.nhs.uk"), bad.body());
    assertTrue(bad.body().contains("There is no topic gardening"), bad.body());
  }
}
