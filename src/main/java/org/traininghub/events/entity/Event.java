package org.traininghub.events.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * A dated hub event people book: an induction, a webinar, a share-and-learn session. Its times are
 * instants (shown in Europe/London); its {@link #getUid() UID} and {@link #getSequence() sequence}
 * are those of the iCalendar invitations sent for it, so that every update replaces the last.
 * Events are cancelled, never deleted: bookings and attendance keep naming them.
 *
 * <p>{@code booked_count} and {@code waiting_count} are kept by the booking control in the same
 * transaction as the booking rows, under a lock on this row, so pages read seats left without
 * counting.
 */
@Entity
@Table(name = "event")
@NamedQuery(name = Event.WITH_IDS, query = "SELECT e FROM Event e WHERE e.id IN :ids")
@NamedQuery(
    name = Event.IN_SERIES,
    query = "SELECT e FROM Event e WHERE e.seriesId = :seriesId ORDER BY e.startsAt, e.id")
@NamedQuery(name = Event.COUNT_DEMO, query = "SELECT COUNT(e) FROM Event e WHERE e.demo = TRUE")
public class Event {

  /** The events of a page of a list, by id (see {@code ListQuery}). */
  public static final String WITH_IDS = "Event.withIds";

  public static final String IN_SERIES = "Event.inSeries";
  public static final String COUNT_DEMO = "Event.countDemo";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 100)
  private String uid;

  @Column(name = "series_id")
  private Long seriesId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private EventKind kind;

  @Column(nullable = false, length = EventRules.TITLE_MAX)
  private String title;

  @Column(name = "description_html", nullable = false)
  private String descriptionHtml;

  @Column(name = "catalogue_item_id")
  private Long catalogueItemId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "booking_deadline", nullable = false)
  private Instant bookingDeadline;

  @Column(nullable = false)
  private boolean online;

  @Column(name = "venue_name", length = EventRules.VENUE_NAME_MAX)
  private String venueName;

  @Column(name = "venue_address", length = EventRules.VENUE_ADDRESS_MAX)
  private String venueAddress;

  @Column(name = "joining_url", length = EventRules.URL_MAX)
  private String joiningUrl;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "organiser_name", nullable = false, length = EventRules.ORGANISER_NAME_MAX)
  private String organiserName;

  @Column(name = "organiser_email", nullable = false, length = EventRules.EMAIL_MAX)
  private String organiserEmail;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EventStatus status;

  @Column(name = "ical_sequence", nullable = false)
  private int sequence;

  @Column(name = "booked_count", nullable = false)
  private int bookedCount;

  @Column(name = "waiting_count", nullable = false)
  private int waitingCount;

  @Column(nullable = false, updatable = false)
  private boolean demo;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancel_reason", length = 500)
  private String cancelReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  @ElementCollection
  @CollectionTable(name = "event_audience_role", joinColumns = @JoinColumn(name = "event_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> audienceRoles = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "event_audience_pcn", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "pcn_id", nullable = false)
  private Set<Long> audiencePcnIds = new HashSet<>();

  protected Event() {
    // for JPA
  }

  /** A new draft; its details must keep {@link EventRules}. */
  public Event(EventDetails details, Long seriesId, boolean demo, Instant now) {
    this.uid = UUID.randomUUID() + "@traininghub";
    this.seriesId = seriesId;
    this.demo = demo;
    this.status = EventStatus.DRAFT;
    this.createdAt = Objects.requireNonNull(now, "now");
    apply(details, now);
  }

  /**
   * Replaces what an admin decides. Returns whether the change matters to people booked (time,
   * place, joining link or title), in which case the invitation's sequence has gone up and an
   * update should be sent.
   */
  public boolean revise(EventDetails details, Instant now) {
    if (status == EventStatus.CANCELLED) {
      throw new InvalidInputException(
          List.of(new Problem("title", "This event is cancelled: it can no longer be changed")));
    }
    EventDetails before = details();
    apply(details, now);
    boolean matters =
        !Objects.equals(before.startsAt(), startsAt)
            || !Objects.equals(before.endsAt(), endsAt)
            || before.online() != online
            || !Objects.equals(before.venueName(), venueName)
            || !Objects.equals(before.venueAddress(), venueAddress)
            || !Objects.equals(before.joiningUrl(), joiningUrl)
            || !Objects.equals(before.title(), title);
    if (matters) {
      sequence++;
    }
    return matters;
  }

  /** Lists it and opens booking; publishing a published event changes nothing. */
  public void publish(Instant now) {
    if (status == EventStatus.CANCELLED) {
      throw new InvalidInputException(
          List.of(new Problem("status", "A cancelled event cannot be published again")));
    }
    if (status == EventStatus.DRAFT) {
      status = EventStatus.PUBLISHED;
      publishedAt = now;
      updatedAt = now;
    }
  }

  /** Cancels it for everyone; the invitation's sequence goes up for the cancellation notice. */
  public void cancel(String reason, Instant now) {
    if (status != EventStatus.CANCELLED) {
      status = EventStatus.CANCELLED;
      cancelledAt = now;
      cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
      sequence++;
      updatedAt = now;
    }
  }

  private void apply(EventDetails d, Instant now) {
    Objects.requireNonNull(now, "now");
    List<Problem> problems = EventRules.check(d, bookedCount);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    this.kind = d.kind();
    this.title = d.title().strip();
    this.descriptionHtml = d.descriptionHtml() == null ? "" : d.descriptionHtml().strip();
    this.catalogueItemId = d.catalogueItemId();
    this.startsAt = d.startsAt();
    this.endsAt = d.endsAt();
    this.bookingDeadline = d.bookingDeadline();
    this.online = d.online();
    this.venueName = d.online() ? null : d.venueName().strip();
    this.venueAddress = d.online() ? null : d.venueAddress().strip();
    this.joiningUrl = d.online() ? d.joiningUrl().strip() : null;
    this.capacity = d.capacity();
    this.organiserName = d.organiserName().strip();
    this.organiserEmail = d.organiserEmail().strip();
    this.audienceRoles.clear();
    this.audienceRoles.addAll(d.audienceRoles());
    this.audiencePcnIds.clear();
    this.audiencePcnIds.addAll(d.audiencePcnIds());
    this.updatedAt = now;
  }

  public EventDetails details() {
    return new EventDetails(
        kind,
        title,
        descriptionHtml,
        catalogueItemId,
        startsAt,
        endsAt,
        bookingDeadline,
        online,
        venueName,
        venueAddress,
        joiningUrl,
        capacity,
        organiserName,
        organiserEmail,
        audienceRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(audienceRoles),
        Set.copyOf(audiencePcnIds));
  }

  /** Whether a seat can be taken at {@code now}: published, before the deadline and the start. */
  public boolean bookableAt(Instant now) {
    return status == EventStatus.PUBLISHED
        && !now.isAfter(bookingDeadline)
        && now.isBefore(startsAt);
  }

  /** Whether {@code role} of PCN {@code pcnId} (null if none) is in the audience. */
  public boolean isFor(Role role, Long pcnId) {
    return audienceRoles.contains(role)
        && (audiencePcnIds.isEmpty() || (pcnId != null && audiencePcnIds.contains(pcnId)));
  }

  /**
   * Whether a freed seat may go to the first person waiting at {@code now}: only while the event is
   * published, before its deadline and its start. After that a freed seat stays free.
   */
  public boolean promotesAt(Instant now) {
    return bookableAt(now);
  }

  /** Counts a seat taken; only the booking control calls it, holding this row's lock. */
  public void seatTaken() {
    if (isFull()) {
      throw new IllegalStateException("no seat left on event " + id);
    }
    bookedCount++;
  }

  /** Counts a seat given up. */
  public void seatFreed() {
    bookedCount = Math.max(0, bookedCount - 1);
  }

  /** Counts a place taken in the waiting list. */
  public void queueJoined() {
    waitingCount++;
  }

  /** Counts a place left in the waiting list (left, promoted, or cancelled with the event). */
  public void queueLeft() {
    waitingCount = Math.max(0, waitingCount - 1);
  }

  public int getSeatsLeft() {
    return Math.max(0, capacity - bookedCount);
  }

  public boolean isFull() {
    return bookedCount >= capacity;
  }

  public Long getId() {
    return id;
  }

  public String getUid() {
    return uid;
  }

  /** The optimistic-lock version, so an editor can refuse to overwrite someone else's save. */
  public int getVersion() {
    return version;
  }

  public Long getSeriesId() {
    return seriesId;
  }

  /** Makes it the first of a series: the others take its id as their series id. */
  public void startSeries() {
    this.seriesId = Objects.requireNonNull(id, "id: persist the event first");
  }

  public EventKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  /** Sanitised when it was saved: safe to write as markup. */
  public String getDescriptionHtml() {
    return descriptionHtml;
  }

  public Long getCatalogueItemId() {
    return catalogueItemId;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public Instant getBookingDeadline() {
    return bookingDeadline;
  }

  public boolean isOnline() {
    return online;
  }

  public String getVenueName() {
    return venueName;
  }

  public String getVenueAddress() {
    return venueAddress;
  }

  /** Show only to people booked on it. */
  public String getJoiningUrl() {
    return joiningUrl;
  }

  public int getCapacity() {
    return capacity;
  }

  public String getOrganiserName() {
    return organiserName;
  }

  public String getOrganiserEmail() {
    return organiserEmail;
  }

  public EventStatus getStatus() {
    return status;
  }

  /** The iCalendar SEQUENCE of the invitation now current. */
  public int getSequence() {
    return sequence;
  }

  public int getBookedCount() {
    return bookedCount;
  }

  public int getWaitingCount() {
    return waitingCount;
  }

  public boolean isDemo() {
    return demo;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Set<Role> getAudienceRoles() {
    return Set.copyOf(audienceRoles);
  }

  public Set<Long> getAudiencePcnIds() {
    return Set.copyOf(audiencePcnIds);
  }
}
