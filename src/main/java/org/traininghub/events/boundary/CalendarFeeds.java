package org.traininghub.events.boundary;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.traininghub.accounts.entity.Account;
import org.traininghub.events.control.Calendars;
import org.traininghub.events.entity.Booking;
import org.traininghub.events.entity.Event;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.LinkTokens;
import org.traininghub.platform.security.Role;

/**
 * The calendar feeds: the public one of published events ({@code /events.ics}) and each person's
 * own ({@code /calendar/<secret>.ics}: their seats), whose address is a secret that works until it
 * is replaced or turned off. Only the secret's hash is stored ({@link LinkTokens}); the address is
 * shown once, when it is made.
 */
@Stateless
public class CalendarFeeds {

  /** Events that ended longer ago than this are left out of the feeds. */
  static final Duration KEEP = Duration.ofDays(30);

  @PersistenceContext EntityManager em;

  @Inject CurrentAccount caller;

  @Inject HubSettings hub;

  @Inject AuditLog audit;

  @Inject Clock clock;

  /** Makes the caller a new calendar address (the old one stops working); returns it. */
  @Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
  public String issue() {
    LinkTokens.Issued token = LinkTokens.issue();
    em.createNativeQuery(
            "INSERT INTO calendar_feed (account_id, token_hash, created_at) VALUES (?1, ?2, ?3)"
                + " ON DUPLICATE KEY UPDATE token_hash = ?2, created_at = ?3")
        .setParameter(1, caller.id())
        .setParameter(2, token.hash())
        .setParameter(3, utc(clock.instant()))
        .executeUpdate();
    audit.record("Calendar address made", "Account " + caller.id());
    return hub.absolute("/calendar/" + token.secret() + ".ics");
  }

  /** Turns the caller's calendar address off. */
  @Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
  public void revoke() {
    em.createNativeQuery("DELETE FROM calendar_feed WHERE account_id = ?1")
        .setParameter(1, caller.id())
        .executeUpdate();
    audit.record("Calendar address turned off", "Account " + caller.id());
  }

  @Allowed({Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN})
  public boolean hasFeed() {
    return !em.createNativeQuery("SELECT 1 FROM calendar_feed WHERE account_id = ?1")
        .setParameter(1, caller.id())
        .getResultList()
        .isEmpty();
  }

  /** The public feed: published events (and cancelled ones, so calendars drop them). */
  public String published() {
    Instant now = clock.instant();
    List<Event> events =
        em.createQuery(
                "SELECT e FROM Event e WHERE e.status IN"
                    + " (org.traininghub.events.entity.EventStatus.PUBLISHED,"
                    + " org.traininghub.events.entity.EventStatus.CANCELLED)"
                    + " AND e.publishedAt IS NOT NULL AND e.endsAt > :after"
                    + " ORDER BY e.startsAt, e.id",
                Event.class)
            .setParameter("after", now.minus(KEEP))
            .setMaxResults(1000)
            .getResultList();
    return Calendars.feed(hub.getName() + " events", events, this::eventUrl, now);
  }

  /** The personal feed of the secret {@code secret}, or empty when no address has it. */
  public Optional<String> personal(String secret) {
    Optional<String> hash = LinkTokens.lookupHash(secret);
    if (hash.isEmpty()) {
      return Optional.empty();
    }
    List<?> owner =
        em.createNativeQuery(
                "SELECT account_id, token_hash FROM calendar_feed WHERE token_hash = ?1")
            .setParameter(1, hash.get())
            .getResultList();
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) owner.get(0);
    if (!LinkTokens.matches(secret, (String) row[1])) {
      return Optional.empty();
    }
    long accountId = ((Number) row[0]).longValue();
    Instant now = clock.instant();
    List<Event> events =
        em
            .createNamedQuery(Booking.SEATS_OF_ACCOUNT, Booking.class)
            .setParameter("accountId", accountId)
            .setParameter("after", now.minus(KEEP))
            .getResultList()
            .stream()
            .map(Booking::getEvent)
            .toList();
    Account account = em.find(Account.class, accountId);
    return Optional.of(
        Calendars.feed(
            "My " + hub.getName() + " bookings (" + account.getDisplayName() + ")",
            events,
            this::eventUrl,
            now));
  }

  private String eventUrl(Event event) {
    return hub.absolute("/events/event.xhtml?id=" + event.getId());
  }
}
