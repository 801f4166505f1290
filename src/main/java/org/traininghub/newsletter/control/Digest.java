package org.traininghub.newsletter.control;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.owasp.html.Encoding;
import org.traininghub.events.boundary.EventListing;
import org.traininghub.events.control.EventQuery;
import org.traininghub.events.control.LondonTime;
import org.traininghub.events.entity.Event;
import org.traininghub.events.entity.EventStatus;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.platform.time.BritishDates;

/**
 * The automatic digest an admin inserts into a campaign's message: the published events of the next
 * {@code days} days and the catalogue items added in the last {@code days}, each a link to its
 * page, as HTML the editor's sanitiser keeps (headings, lists, links). Each part is left out when
 * it has nothing; the whole is empty when neither has. The weekly digest ({@link WeeklyDigests})
 * lists instead what was published or added since its last issue ({@link #newSince}).
 */
@ApplicationScoped
public class Digest {

  /** The most of each kind listed. */
  static final int MAX = 20;

  @PersistenceContext EntityManager em;

  @Inject EventListing events;

  @Inject HubSettings hub;

  public String html(int days, Instant now) {
    LocalDate today = LondonTime.date(now);
    List<Event> coming =
        events.between(new EventQuery(null, null, today, today.plusDays(days), 1)).stream()
            .filter(e -> e.getStartsAt().isAfter(now))
            .limit(MAX)
            .toList();
    return render(coming, addedSince(now.minus(days, ChronoUnit.DAYS)));
  }

  /**
   * What is new since {@code since}, for the weekly digest: the published events still to come that
   * were published since then, and the catalogue items added since then; empty when neither has
   * any. Two statements (each at most {@link #MAX} rows).
   */
  public String newSince(Instant since, Instant now) {
    List<Event> published =
        em.createQuery(
                "SELECT e FROM Event e WHERE e.status = :published AND e.publishedAt >= :since"
                    + " AND e.startsAt > :now ORDER BY e.startsAt, e.id",
                Event.class)
            .setParameter("published", EventStatus.PUBLISHED)
            .setParameter("since", since)
            .setParameter("now", now)
            .setMaxResults(MAX)
            .getResultList();
    return render(published, addedSince(since));
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> addedSince(Instant since) {
    return em.createNativeQuery(
            "SELECT slug, title FROM catalogue_item WHERE retired_at IS NULL"
                + " AND created_at >= ?1 ORDER BY created_at DESC, id DESC LIMIT "
                + MAX)
        .setParameter(1, utc(since))
        .getResultList();
  }

  private String render(List<Event> coming, List<Object[]> added) {
    StringBuilder html = new StringBuilder();
    if (!coming.isEmpty()) {
      html.append("<h2>Coming up</h2><ul>");
      for (Event e : coming) {
        item(
            html,
            hub.absolute("/events/event.xhtml?id=" + e.getId()),
            e.getTitle(),
            BritishDates.format(LondonTime.date(e.getStartsAt()))
                + ", "
                + LondonTime.time(e.getStartsAt()));
      }
      html.append("</ul>");
    }
    if (!added.isEmpty()) {
      html.append("<h2>New in the catalogue</h2><ul>");
      for (Object[] row : added) {
        item(html, hub.absolute("/catalogue/" + row[0]), (String) row[1], null);
      }
      html.append("</ul>");
    }
    return html.toString();
  }

  private static void item(StringBuilder html, String url, String title, String when) {
    html.append("<li><a href=\"").append(escaped(url)).append("\">").append(escaped(title));
    html.append("</a>");
    if (when != null) {
      html.append(" – ").append(when);
    }
    html.append("</li>");
  }

  /** Text as HTML (OWASP's encoder, which also makes {@code "} safe in an attribute). */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    try {
      Encoding.encodeRcdataOnto(text, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return out.toString();
  }
}
