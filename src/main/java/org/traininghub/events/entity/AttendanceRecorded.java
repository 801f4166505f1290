package org.traininghub.events.entity;

import java.time.LocalDate;

/**
 * Fired (synchronously, in the transaction that marked the register) when a hub admin marks a
 * person attended or not on an event that delivers a catalogue item. A training-record component
 * may observe it; it need not, because the same completion is in the {@code event_completion}
 * outbox ({@link EventCompletion}) for it to consume later. Events depends on no such component.
 *
 * @param attended true for attended (a completion now exists), false for "did not attend" (a
 *     completion not yet consumed was withdrawn)
 */
public record AttendanceRecorded(
    long bookingId,
    long eventId,
    long accountId,
    long catalogueItemId,
    LocalDate completedOn,
    boolean attended) {}
