package org.traininghub.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A coach's signed, dated acknowledgement of one version of the code of ethics and conduct. */
@Entity
@Table(name = "ethics_acknowledgement")
@NamedQuery(
    name = EthicsAcknowledgement.OF_COACH,
    query = "SELECT a FROM EthicsAcknowledgement a WHERE a.coachId = :coach ORDER BY a.signedAt")
@NamedQuery(
    name = EthicsAcknowledgement.FACTS_OF_COACHES,
    query =
        "SELECT a.coachId, a.requirementId, a.version, a.signedAt FROM EthicsAcknowledgement a"
            + " WHERE a.coachId IN :coaches ORDER BY a.coachId, a.signedAt")
public class EthicsAcknowledgement {

  /** Every signature of several coaches, oldest first (the compliance report). */
  public static final String FACTS_OF_COACHES = "EthicsAcknowledgement.factsOfCoaches";

  public static final String OF_COACH = "EthicsAcknowledgement.ofCoach";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "coach_id", nullable = false)
  private Long coachId;

  @Column(name = "requirement_id", nullable = false)
  private Long requirementId;

  @Column(nullable = false)
  private String version;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  protected EthicsAcknowledgement() {
    // for JPA
  }

  public EthicsAcknowledgement(long coachId, long requirementId, String version, Instant at) {
    this.coachId = coachId;
    this.requirementId = requirementId;
    this.version = Objects.requireNonNull(version);
    this.signedAt = Objects.requireNonNull(at);
  }

  public Long getRequirementId() {
    return requirementId;
  }

  public String getVersion() {
    return version;
  }

  public Instant getSignedAt() {
    return signedAt;
  }
}
