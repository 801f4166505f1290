package org.traininghub.records.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One record PDF issued to a coach, and what it printed: the public verification page ({@code
 * /verify/{secret}}) shows these lines and whether the record is still current. Only the SHA-256 of
 * the address's secret is kept. A record stops being current when its coach withdraws it or issues
 * a newer one; it is never changed otherwise.
 */
@Entity
@Table(name = "record_verification")
@NamedQuery(
    name = RecordVerification.BY_HASH,
    query = "SELECT v FROM RecordVerification v WHERE v.tokenHash = :hash")
@NamedQuery(
    name = RecordVerification.CURRENT_OF_COACH,
    query =
        "SELECT v FROM RecordVerification v WHERE v.coachId = :coach"
            + " AND v.revokedAt IS NULL AND v.supersededAt IS NULL ORDER BY v.issuedAt DESC")
@NamedQuery(
    name = RecordVerification.SUPERSEDE,
    query =
        "UPDATE RecordVerification v SET v.supersededAt = :now WHERE v.coachId = :coach"
            + " AND v.revokedAt IS NULL AND v.supersededAt IS NULL")
@NamedQuery(
    name = RecordVerification.REVOKE,
    query =
        "UPDATE RecordVerification v SET v.revokedAt = :now WHERE v.coachId = :coach"
            + " AND v.revokedAt IS NULL AND v.supersededAt IS NULL")
@NamedQuery(
    name = RecordVerification.ISSUED_TO_COACH,
    query =
        "SELECT v.id, v.issuedOn, v.issuedAt, v.revokedAt, v.supersededAt FROM"
            + " RecordVerification v WHERE v.coachId = :coach ORDER BY v.issuedAt, v.id")
public class RecordVerification {

  /** Every record PDF issued to a coach: id, issued on and at, withdrawn at, superseded at. */
  public static final String ISSUED_TO_COACH = "RecordVerification.issuedToCoach";

  public static final String BY_HASH = "RecordVerification.byHash";
  public static final String CURRENT_OF_COACH = "RecordVerification.currentOfCoach";
  public static final String SUPERSEDE = "RecordVerification.supersede";
  public static final String REVOKE = "RecordVerification.revoke";

  /** One requirement as the PDF printed it. */
  @Embeddable
  public static class Line {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private String detail;

    /** Whether it meets its condition of reimbursement; null when it is not one. */
    @Column(name = "condition_met")
    private Boolean conditionMet;

    protected Line() {
      // for JPA
    }

    public Line(String code, String title, String status, String detail, Boolean conditionMet) {
      this.code = Objects.requireNonNull(code, "code");
      this.title = Objects.requireNonNull(title, "title");
      this.status = Objects.requireNonNull(status, "status");
      this.detail = Objects.requireNonNull(detail, "detail");
      this.conditionMet = conditionMet;
    }

    public String getCode() {
      return code;
    }

    public String getTitle() {
      return title;
    }

    public String getStatus() {
      return status;
    }

    public String getDetail() {
      return detail;
    }

    public Boolean getConditionMet() {
      return conditionMet;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "coach_id", nullable = false)
  private Long coachId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "coach_name", nullable = false)
  private String coachName;

  @Column(name = "pcn_name")
  private String pcnName;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "record_verification_line",
      joinColumns = @JoinColumn(name = "verification_id"))
  @OrderColumn(name = "position")
  private List<Line> lines = new ArrayList<>();

  protected RecordVerification() {
    // for JPA
  }

  public RecordVerification(
      long coachId,
      String tokenHash,
      String coachName,
      String pcnName,
      LocalDate issuedOn,
      Instant issuedAt,
      List<Line> lines) {
    this.coachId = coachId;
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.coachName = Objects.requireNonNull(coachName, "coachName");
    this.pcnName = pcnName;
    this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
    this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    this.lines = new ArrayList<>(lines);
  }

  /**
   * Whether the record is still the coach's word: neither withdrawn nor replaced by a newer one.
   */
  public boolean isCurrent() {
    return revokedAt == null && supersededAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getCoachId() {
    return coachId;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public String getCoachName() {
    return coachName;
  }

  public String getPcnName() {
    return pcnName;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public List<Line> getLines() {
    return List.copyOf(lines);
  }
}
