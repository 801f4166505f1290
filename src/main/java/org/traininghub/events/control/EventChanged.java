package org.traininghub.events.control;

/**
 * Fired (synchronously, inside the transaction that made the change) when a published event changes
 * in a way that matters to the people booked or waiting on it. The booking control observes it and
 * queues their mail (an iCalendar update with the event's new sequence, or a cancellation) in the
 * same transaction, so a change and its notices are saved together or not at all.
 *
 * @param eventId the event
 * @param change what happened
 */
public record EventChanged(long eventId, Change change) {

  /** What happened to the event. */
  public enum Change {
    /** Its time, place, joining link or title changed: send an update (METHOD:REQUEST). */
    UPDATED,
    /** It was cancelled: tell everyone booked and waiting (METHOD:CANCEL). */
    CANCELLED
  }
}
