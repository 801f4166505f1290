package org.traininghub.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NextPageTest {

  @Test
  void aPathOfThePortalWithItsQueryIsKept() {
    assertEquals(Optional.of("/account/"), NextPage.local("/account/"));
    assertEquals(
        Optional.of("/admin/catalogue/edit.xhtml?id=7"),
        NextPage.local("/admin/catalogue/edit.xhtml?id=7"));
  }

  @Test
  void anythingThatCouldLeadToAnotherSiteIsRefused() {
    for (String next :
        new String[] {
          null,
          "",
          "account/",
          "//evil.example/",
          "/\\evil.example",
          "https://evil.example/",
          "javascript:alert(1)",
          "/account/\r\nSet-Cookie: x=y",
          "/" + "a".repeat(NextPage.MAX_LENGTH)
        }) {
      assertTrue(NextPage.local(next).isEmpty(), next);
    }
  }

  @Test
  void theRefererGivesThePageOnlyWhenItIsThePortals() {
    String base = "https://hub.example/";
    assertEquals(
        Optional.of("/admin/catalogue/edit.xhtml?id=7"),
        NextPage.fromReferer("https://hub.example/admin/catalogue/edit.xhtml?id=7#x", base));
    assertTrue(NextPage.fromReferer("https://hub.example.evil/account/", base).isEmpty());
    assertTrue(NextPage.fromReferer("https://evil.example/", base).isEmpty());
    assertTrue(NextPage.fromReferer(null, base).isEmpty());
  }
}
