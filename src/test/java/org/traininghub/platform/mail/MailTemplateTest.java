package org.traininghub.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailTemplateTest {

  private static final String LAYOUT = "<html><body>{{body}}</body></html>";

  private static MailTemplate template(String text, String html) {
    return MailTemplate.parse("test", text, html, LAYOUT);
  }

  @Test
  void fillsTheSubjectTextAndHtml() {
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
            .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"));
    assertFalse(mail.html().contains("<script>"));
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

  @Test
  void listsItsPlaceholders() {
    assertEquals(
        Set.of("a", "b", "c"), template("Subject: {{a}}\n\n{{b}}", "{{c}} {{a}}").placeholders());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hello\n\nbody", "Subject: no blank line\nbody"})
  void aTextFileWithoutASubjectLineAndBlankLineIsRefused(String text) {
    assertThrows(IllegalArgumentException.class, () -> template(text, "x"));
  }

  @Test
  void everyTemplateOfThePortalLoadsAndNeedsOnlyKnownValues() {
    Set<String> known =
        Set.of(
            "hubName",
            "portalUrl",
            "name",
            "link",
            "minutes",
            "signInLink",
            "resetLink",
            "role",
            "pcn",
            "days");
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
      MailTemplate template = MailTemplates.load(name);
      assertTrue(known.containsAll(template.placeholders()), name + ": " + template.placeholders());
    }
  }
}
