package org.traininghub.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionPolicyTest {

  @Test
  void theEditorsFormattingIsKept() {
    String html =
        "<h2>Programme</h2><p><strong>Bring</strong> a <em>notebook</em> and <u>ID</u>.</p>"
            + "<ol><li>One</li></ol><ul><li>Two</li></ul><blockquote>Quote</blockquote>";
    DescriptionPolicy.Cleaned cleaned = DescriptionPolicy.clean(html);
    assertFalse(cleaned.isRefused());
    assertEquals(html, cleaned.html());
  }

  @Test
  void linksKeepTheirAddressAndOpenSafely() {
    DescriptionPolicy.Cleaned cleaned =
        DescriptionPolicy.clean("<p><a href=\"https://www.england.nhs.uk/\">NHS</a></p>");
    assertTrue(cleaned.html().contains("href=\"https://www.england.nhs.uk/\""), cleaned.html());
    assertTrue(cleaned.html().contains("noopener"), cleaned.html());
    assertTrue(cleaned.html().contains("noreferrer"), cleaned.html());
  }

  @Test
  void aScriptIsStrippedAndTheDescriptionRefused() {
    DescriptionPolicy.Cleaned cleaned =
        DescriptionPolicy.clean("<p>Hello</p><script>alert('x')</script>");
    assertEquals("<p>Hello</p>", cleaned.html());
    assertEquals(List.of("script"), cleaned.refused());
  }

  @Test
  void eventHandlersAndScriptLinksAreRefused() {
    assertEquals(
        List.of("onclick"), DescriptionPolicy.clean("<p onclick=\"steal()\">Hi</p>").refused());
    DescriptionPolicy.Cleaned link =
        DescriptionPolicy.clean("<a href=\"javascript:alert(1)\">x</a>");
    assertTrue(link.isRefused());
    assertFalse(link.html().contains("javascript"), link.html());
  }

  @Test
  void theEditorsLeftoversGoQuietly() {
    DescriptionPolicy.Cleaned cleaned =
        DescriptionPolicy.clean("<p class=\"ql-align-center\" style=\"color:red\">Hi</p>");
    assertFalse(cleaned.isRefused());
    assertEquals("<p>Hi</p>", cleaned.html());
  }

  @Test
  void anEmptyEditorIsAnEmptyDescription() {
    assertEquals("", DescriptionPolicy.clean("<p><br></p>").html());
    assertEquals("", DescriptionPolicy.clean(null).html());
  }
}
