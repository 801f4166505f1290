package org.traininghub.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublicPageCacheTest {

  private static PublicPageCache cache(int seconds) {
    PublicPageCache cache = new PublicPageCache();
    cache.seconds = seconds;
    return cache;
  }

  private static byte[] html(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aKeptPageIsServedUntilItIsDue() {
    PublicPageCache cache = cache(60);
    assertNull(cache.get("/catalogue/"), "nothing kept yet: render it");
    cache.put("/catalogue/", html("<p>13 items</p>"), "text/html");
    assertArrayEquals(html("<p>13 items</p>"), cache.get("/catalogue/").body());
  }

  @Test
  void aDuePageIsRenewedByOneRequestWhileOthersGetTheKeptOne() {
    PublicPageCache cache = cache(0); // every page is due at once
    cache.put("/catalogue/", html("old"), "text/html");
    assertNull(cache.get("/catalogue/"), "the first request renews it");
    PublicPageCache.Page stale = cache.get("/catalogue/");
    assertNotNull(stale, "the others are served the kept page meanwhile");
    assertArrayEquals(html("old"), stale.body());
    cache.put("/catalogue/", html("new"), "text/html");
    cache.renewed("/catalogue/");
    assertNull(cache.get("/catalogue/"), "due again, so the next request renews it");
  }

  @Test
  void aPagePastItsFreshnessIsStillKeptForWhenTheDatabaseIsAway() {
    PublicPageCache cache = cache(0); // every page is due at once
    assertNull(cache.kept("/catalogue/"), "nothing kept: nothing to fall back on");
    cache.put("/catalogue/", html("kept"), "text/html");
    assertNull(cache.get("/catalogue/"), "due: render it again");
    assertArrayEquals(html("kept"), cache.kept("/catalogue/").body(), "if that fails, this");
    cache.renewed("/catalogue/");
  }

  @Test
  void aCommittedChangeEmptiesTheCache() {
    PublicPageCache cache = cache(60);
    cache.put("/catalogue/", html("before"), "text/html");
    cache.clear(new PublicPageCache.PublicContentChanged());
    assertNull(cache.get("/catalogue/"));
  }

  @Test
  void zeroSecondsTurnsItOff() {
    assertFalse(cache(0).enabled());
    assertTrue(cache(10).enabled());
  }
}
