package org.traininghub.events.entity;

import java.time.Instant;
import java.util.Set;
import org.traininghub.platform.security.Role;

/**
 * What a hub admin decides about an event. Times are instants; the pages take and show them in
 * Europe/London. {@code descriptionHtml} is already sanitised when it reaches an entity.
 *
 * @param catalogueItemId the catalogue item the event delivers (its attendance counts as a
 *     completion of it), or null
 * @param venueName, venueAddress where it is held in person (null when online)
 * @param joiningUrl the https joining link of an online event, shown only to people booked
 * @param audienceRoles who may book (at least one role)
 * @param audiencePcnIds only people of these PCNs may book; empty means every PCN
 */
public record EventDetails(
    EventKind kind,
    String title,
    String descriptionHtml,
    Long catalogueItemId,
    Instant startsAt,
    Instant endsAt,
    Instant bookingDeadline,
    boolean online,
    String venueName,
    String venueAddress,
    String joiningUrl,
    int capacity,
    String organiserName,
    String organiserEmail,
    Set<Role> audienceRoles,
    Set<Long> audiencePcnIds) {

  public EventDetails {
    audienceRoles = audienceRoles == null ? Set.of() : Set.copyOf(audienceRoles);
    audiencePcnIds = audiencePcnIds == null ? Set.of() : Set.copyOf(audiencePcnIds);
  }
}
