package org.traininghub.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailTemplateTest {

  private static final String LAYOUT = "<html><body>{{$body}}{{/body}}</body></html>";

  /** Templates from memory: {@code test.txt} and {@code test.html} plus the layout. */
  private static MailTemplate template(String text, String html) {
    Map<String, String> files =
        Map.of(
            "test.txt", text,
            "test.html", "{{<layout}}{{$body}}" + html + "{{/body}}{{/layout}}",
            "layout.html", LAYOUT);
    return new TemplateCompiler(
            name -> files.containsKey(name) ? new StringReader(files.get(name)) : null)
        .named("test");
  }

  @Test
  void fillsTheSubjectTextAndHtmlInTheLayout() {
    Mail mail =
        template("Subject: Hello {{name}}\n\nDear {{name}},\nsee {{link}}", "<p>Dear {{name}}</p>")
            .render(Map.of("name", "Ann", "link", "https://x.example/a?b=1&c=2"));
    assertEquals("Hello Ann", mail.subject());
    assertEquals("Dear Ann,\nsee https://x.example/a?b=1&c=2", mail.text());
    assertEquals("<html><body><p>Dear Ann</p></body></html>", mail.html());
  }

  @Test
  void escapesValuesInTheHtmlButNotInTheText() {
    Mail mail =
        template("Subject: Hi\n\n{{name}}", "<p>{{name}}</p>")
            .render(Map.of("name", "<script>alert('x')</script> & \"co\""));
    assertEquals("<script>alert('x')</script> & \"co\"", mail.text());
    assertTrue(
        mail.html()
            .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"),
        mail.html());
    assertFalse(mail.html().contains("<script>"));
  }

  @Test
  void aLoopListsEveryItemAndAnEmptyListShowsItsInvertedSection() {
    MailTemplate digest =
        template(
            "Subject: This week\n\n{{#events}}- {{title}} on {{date}}\n{{/events}}"
                + "{{^events}}Nothing this week.{{/events}}",
            "<ul>{{#events}}<li>{{title}}</li>{{/events}}</ul>");
    Mail two =
        digest.render(
            Map.of(
                "events",
                List.of(
                    Map.of("title", "Falls & frailty", "date", "3 May"),
                    Map.of("title", "Asthma", "date", "10 May"))));
    assertEquals("- Falls & frailty on 3 May\n- Asthma on 10 May\n", two.text());
    assertTrue(
        two.html().contains("<ul><li>Falls &amp; frailty</li><li>Asthma</li></ul>"), two.html());
    assertEquals("Nothing this week.", digest.render(Map.of("events", List.of())).text());
  }

  @Test
  void aLineBreakInAValueCannotAddHeadersThroughTheSubject() {
    Mail mail = template("Subject: Hi {{name}}\n\nx", "x").render(Map.of("name", "A\r\nBcc: b@x"));
    assertEquals("Hi A Bcc: b@x", mail.subject());
  }

  @Test
  void aMissingValueIsAnErrorNotABlank() {
    MailTemplate t = template("Subject: Hi\n\n{{name}} {{link}}", "{{name}}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> t.render(Map.of("name", "Ann")));
    assertTrue(e.getMessage().contains("{{link}}"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hello\n\nbody", "Subject: no blank line\nbody"})
  void aTextFileWithoutASubjectLineAndBlankLineIsRefused(String text) {
    assertThrows(IllegalArgumentException.class, () -> template(text, "x"));
  }

  @Test
  void aCampaignRendersItsHeadersWithTheRecipientsValues() {
    MailTemplate campaign =
        TemplateCompiler.portal()
            .of(
                "campaign 1",
                "News for {{name}}",
                "Dear {{name}}",
                "<p>Dear {{name}}</p>",
                List.of(new Header("List-Unsubscribe", "<{{unsubscribeUrl}}>")));
    Mail mail =
        campaign.render(
            Map.of(
                "name", "Ann",
                "unsubscribeUrl", "https://hub.example/u?t=1",
                "hubName", "Hub",
                "portalUrl", "https://hub.example/"));
    assertEquals(
        List.of(new Header("List-Unsubscribe", "<https://hub.example/u?t=1>")), mail.headers());
    assertTrue(mail.html().contains("<p>Dear Ann</p>"), mail.html());
    assertTrue(mail.html().contains("You get this email from the"), "in the portal's layout");
  }

  @Test
  void everyTemplateOfThePortalRendersWithItsKnownValues() {
    Map<String, String> known =
        Map.ofEntries(
            Map.entry("hubName", "Hub"),
            Map.entry("portalUrl", "https://hub.example/"),
            Map.entry("name", "Ann"),
            Map.entry("link", "https://hub.example/l?token=abc"),
            Map.entry("minutes", "30"),
            Map.entry("signInLink", "https://hub.example/s"),
            Map.entry("resetLink", "https://hub.example/r"),
            Map.entry("role", "coach"),
            Map.entry("pcn", "North PCN"),
            Map.entry("days", "7"));
    TemplateCompiler portal = TemplateCompiler.portal();
    for (String name :
        new String[] {
          "verify-email",
          "already-registered",
          "password-reset",
          "password-changed",
          "confirm-new-email",
          "email-changed",
          "invitation"
        }) {
      Mail mail = portal.named(name).render(known);
      assertFalse(mail.subject().isBlank(), name);
      assertTrue(mail.html().startsWith("<!DOCTYPE html>"), name + " is in the layout");
      assertTrue(
          mail.text()
              .endsWith("\n\n-- \nYou get this email from the Hub portal: https://hub.example/\n"),
          name + " ends with the shared footer:\n" + mail.text());
      assertTrue(
          mail.html()
              .contains(
                  "You get this email from the <a href=\"https://hub.example/\" style=\"color:#005eb8;\">Hub</a> portal."),
          name + " has the shared footer in its HTML");
    }
  }
}
