package org.traininghub.newsletter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One request for the newsletter, kept as evidence: when it was given, how, the words agreed to,
 * the topics asked for, when the address's owner confirmed it and when they withdrew it.
 */
@Entity
@Table(name = "newsletter_consent")
@NamedQuery(
    name = Consent.WITHDRAW_ALL,
    query =
        "UPDATE Consent c SET c.withdrawnAt = :now"
            + " WHERE c.subscriber = :subscriber AND c.withdrawnAt IS NULL")
@NamedQuery(
    name = Consent.OF_SUBSCRIBER,
    query = "SELECT c FROM Consent c WHERE c.subscriber = :subscriber ORDER BY c.givenAt, c.id")
public class Consent {

  public static final String WITHDRAW_ALL = "Consent.withdrawAll";
  public static final String OF_SUBSCRIBER = "Consent.ofSubscriber";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subscriber_id")
  private Subscriber subscriber;

  @Column(name = "given_at", nullable = false)
  private Instant givenAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ConsentMethod method;

  @Column(name = "wording_id", nullable = false, length = 40)
  private String wordingId;

  @Column(nullable = false, length = 1000)
  private String wording;

  @Column(nullable = false, length = 200)
  private String topics;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected Consent() {}

  public Consent(
      Subscriber subscriber,
      ConsentMethod method,
      ConsentWording wording,
      Set<Topic> topics,
      Instant givenAt) {
    if (topics.isEmpty()) {
      throw new IllegalArgumentException("consent is for at least one topic");
    }
    this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
    this.method = Objects.requireNonNull(method, "method");
    this.wordingId = wording.id();
    this.wording = wording.text();
    this.topics = Topic.stored(topics);
    this.givenAt = Objects.requireNonNull(givenAt, "givenAt");
  }

  /** The wording id of consents given elsewhere and brought in by an admin's import. */
  public static final String IMPORTED_WORDING = "imported";

  /**
   * Consent given elsewhere (a paper form, another list) and brought in by an admin's import: the
   * words the person agreed to and when, as the file says, confirmed then.
   */
  public static Consent imported(
      Subscriber subscriber, String wording, Set<Topic> topics, Instant givenAt) {
    Consent consent =
        new Consent(subscriber, ConsentMethod.IMPORT, ConsentWording.SIGN_UP, topics, givenAt);
    consent.wordingId = IMPORTED_WORDING;
    consent.wording = Objects.requireNonNull(wording, "wording").strip();
    return consent;
  }

  /** The owner of the address confirmed it: the subscriber receives the topics asked for. */
  public void confirm(Instant now) {
    this.confirmedAt = now;
    subscriber.confirm(getTopics());
  }

  public Long getId() {
    return id;
  }

  public Subscriber getSubscriber() {
    return subscriber;
  }

  public Set<Topic> getTopics() {
    return Topic.ofStored(topics);
  }

  public ConsentMethod getMethod() {
    return method;
  }

  public String getWordingId() {
    return wordingId;
  }

  /** The words agreed to, as they were shown. */
  public String getWording() {
    return wording;
  }

  public Instant getGivenAt() {
    return givenAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }
}
