package org.traininghub.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One security-relevant or admin action. The actor is an account id (or none, for the system), and
 * the subject names what was acted on (an item, a PCN), never a person.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  public static final int SUBJECT_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant at;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(nullable = false, length = 40)
  private String action;

  @Column(nullable = false, length = SUBJECT_MAX)
  private String subject;

  protected AuditEntry() {
    // for JPA
  }

  public AuditEntry(Instant at, Long actorId, String action, String subject) {
    this.at = Objects.requireNonNull(at, "at");
    this.actorId = actorId;
    this.action = Objects.requireNonNull(action, "action");
    String s = Objects.requireNonNull(subject, "subject");
    this.subject = s.length() > SUBJECT_MAX ? s.substring(0, SUBJECT_MAX - 1) + "…" : s;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }
}
