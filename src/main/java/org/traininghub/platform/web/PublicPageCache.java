package org.traininghub.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Public pages as anonymous visitors get them, kept for a few seconds: the catalogue is read far
 * more often than it changes. A change on this instance empties it once its transaction commits;
 * another instance shows the change within {@code hub.page-cache.seconds}. When a page is due for
 * renewal, one request renders it again while the others are still served the one kept. When that
 * rendering fails because the database is away, the page kept is served however old it is.
 */
@ApplicationScoped
public class PublicPageCache {

  /** Fired (in the changing transaction) whenever what public pages show has changed. */
  public record PublicContentChanged() {}

  /** A rendered page. */
  public record Page(byte[] body, String contentType, long expiresAtNanos) {}

  static final int MAX_PAGES = 1000;

  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, Boolean> renewing = new ConcurrentHashMap<>();

  @Inject
  @ConfigProperty(name = "hub.page-cache.seconds", defaultValue = "10")
  int seconds;

  public boolean enabled() {
    return seconds > 0;
  }

  /**
   * The page to serve for {@code key}, or null when the caller should render it (and {@link #put}
   * it): no page is kept, or it is due and no other request is renewing it yet.
   */
  public Page get(String key) {
    Page page = pages.get(key);
    if (page == null) {
      return null;
    }
    if (page.expiresAtNanos() - System.nanoTime() < 0
        && renewing.putIfAbsent(key, Boolean.TRUE) == null) {
      return null;
    }
    return page;
  }

  /**
   * The page kept for {@code key} however old, or null: while the database is away, a page past its
   * freshness is better than no page.
   */
  public Page kept(String key) {
    return pages.get(key);
  }

  /** Ends a renewal that {@link #get} handed out, whether or not the page could be kept. */
  public void renewed(String key) {
    renewing.remove(key);
  }

  public void put(String key, byte[] body, String contentType) {
    if (pages.size() >= MAX_PAGES) {
      pages.clear(); // a crude bound; search texts are endless, the useful pages are few
    }
    pages.put(key, new Page(body, contentType, System.nanoTime() + seconds * 1_000_000_000L));
  }

  void clear(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged changed) {
    pages.clear();
    renewing.clear();
  }
}
