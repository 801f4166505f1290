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

/** A bounce or complaint recorded against a subscriber; erased with the subscriber. */
@Entity
@Table(name = "newsletter_bounce")
@NamedQuery(
    name = Bounce.OF_SUBSCRIBER,
    query = "SELECT b FROM Bounce b WHERE b.subscriber = :subscriber ORDER BY b.bouncedAt, b.id")
public class Bounce {

  public static final String OF_SUBSCRIBER = "Bounce.ofSubscriber";

  /** The longest detail kept (the column's size). */
  public static final int DETAIL_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "subscriber_id")
  private Subscriber subscriber;

  @Column(name = "bounced_at", nullable = false)
  private Instant bouncedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private BounceKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 6)
  private BounceSource source;

  @Column(nullable = false, length = DETAIL_MAX)
  private String detail;

  protected Bounce() {}

  public Bounce(
      Subscriber subscriber, BounceKind kind, BounceSource source, String detail, Instant at) {
    this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.source = Objects.requireNonNull(source, "source");
    String said = detail == null || detail.isBlank() ? kind.name() : detail.strip();
    this.detail = said.length() > DETAIL_MAX ? said.substring(0, DETAIL_MAX) : said;
    this.bouncedAt = Objects.requireNonNull(at, "at");
  }

  public Instant getBouncedAt() {
    return bouncedAt;
  }

  public BounceKind getKind() {
    return kind;
  }

  public BounceSource getSource() {
    return source;
  }

  public String getDetail() {
    return detail;
  }
}
