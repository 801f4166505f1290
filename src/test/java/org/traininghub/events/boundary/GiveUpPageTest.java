package org.traininghub.events.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only a navigation a person started in a browser gives the seat up without the button. */
class GiveUpPageTest {

  @Test
  void onlyAUserActivatedTopLevelNavigationCounts() {
    Map<String, String> click =
        Map.of("Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document", "Sec-Fetch-User", "?1");
    assertTrue(GiveUpPage.clickedByPerson(click));
    assertTrue(
        GiveUpPage.clickedByPerson(
            Map.of(
                "sec-fetch-mode",
                "navigate",
                "sec-fetch-dest",
                "document",
                "sec-fetch-user",
                "?1")));
    assertFalse(GiveUpPage.clickedByPerson(Map.of()), "an HTTP client, a mail scanner");
    assertFalse(
        GiveUpPage.clickedByPerson(
            Map.of("Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document")),
        "a prefetch or a script's navigation: no user activation");
    assertFalse(
        GiveUpPage.clickedByPerson(
            Map.of(
                "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "iframe", "Sec-Fetch-User", "?1")),
        "a frame");
    assertFalse(
        GiveUpPage.clickedByPerson(
            Map.of(
                "Sec-Fetch-Mode", "no-cors", "Sec-Fetch-Dest", "image", "Sec-Fetch-User", "?1")));
  }
}
