package org.traininghub.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void makesBlocksListsAndLinksReadableAsText() {
    assertEquals(
        "News & views\n\nFirst <line>\nsecond\n\n- one\n- two (https://hub.example/a?b=1&c=2)",
        HtmlText.of(
            "<h2>News &amp; views</h2><p>First &lt;line&gt;<br>second</p>"
                + "<ul><li>one</li><li><a href=\"https://hub.example/a?b=1&amp;c=2\">two</a></li></ul>"));
  }

  @Test
  void emptyForNothing() {
    assertEquals("", HtmlText.of(null));
    assertEquals("", HtmlText.of("  "));
  }
}
