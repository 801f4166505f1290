package org.traininghub.newsletter.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who asked for the newsletter, with or without an account: the address is the key. Only
 * the subscriber changes their own state: by the emailed confirmation link, by their signed
 * preferences link, or (signed in) on their profile.
 */
@Entity
@Table(name = "newsletter_subscriber")
@NamedQuery(name = Subscriber.BY_EMAIL, query = "SELECT s FROM Subscriber s WHERE s.email = :email")
@NamedQuery(
    name = Subscriber.WITH_IDS,
    query = "SELECT DISTINCT s FROM Subscriber s LEFT JOIN FETCH s.topics WHERE s.id IN :ids")
public class Subscriber {

  public static final String BY_EMAIL = "Subscriber.byEmail";
  public static final String WITH_IDS = "Subscriber.withIds";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private SubscriberStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "newsletter_subscriber_topic",
      joinColumns = @JoinColumn(name = "subscriber_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "topic", length = 24)
  private Set<Topic> topics = EnumSet.noneOf(Topic.class);

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected Subscriber() {}

  /** A new subscriber, pending until they confirm. */
  public Subscriber(String email, String name, Instant now) {
    this.email = normalise(Objects.requireNonNull(email, "email"));
    this.name = name == null || name.isBlank() ? null : name.strip();
    this.status = SubscriberStatus.PENDING;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** The form an address is kept and looked up in: trimmed, lower case. */
  public static String normalise(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** Confirmed, receiving {@code chosen}. */
  public void confirm(Set<Topic> chosen) {
    this.status = SubscriberStatus.CONFIRMED;
    choose(chosen);
  }

  /** Receives {@code chosen} from now on; at least one topic. */
  public void choose(Set<Topic> chosen) {
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("a subscription has at least one topic");
    }
    topics.clear();
    topics.addAll(chosen);
  }

  public void unsubscribe() {
    this.status = SubscriberStatus.UNSUBSCRIBED;
  }

  public boolean isConfirmed() {
    return status == SubscriberStatus.CONFIRMED;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getName() {
    return name;
  }

  public SubscriberStatus getStatus() {
    return status;
  }

  /** The topics' names for a list: "HWBC training, Voluntary sector updates". */
  public String getTopicLabels() {
    return String.join(", ", getTopics().stream().map(Topic::label).toList());
  }

  public Set<Topic> getTopics() {
    return topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
