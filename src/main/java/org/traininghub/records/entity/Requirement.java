package org.traininghub.records.entity;

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
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One requirement of a role's pathway (domain.md: A1, M2…), as reference data. Retired, never
 * deleted, so that the history recorded against it keeps its meaning.
 */
@Entity
@Table(name = "requirement")
@NamedQuery(
    name = Requirement.OF_ROLE,
    query =
        "SELECT DISTINCT r FROM Requirement r LEFT JOIN FETCH r.itemIds"
            + " WHERE r.pathwayId = (SELECT p.id FROM Pathway p WHERE p.roleCode = :role)"
            + " ORDER BY r.position")
@NamedQuery(
    name = Requirement.OF_PATHWAY,
    query =
        "SELECT DISTINCT r FROM Requirement r LEFT JOIN FETCH r.itemIds"
            + " WHERE r.pathwayId = :pathway ORDER BY r.position")
@NamedQuery(
    name = Requirement.CODE_USED,
    query =
        "SELECT COUNT(r) FROM Requirement r WHERE r.pathwayId = :pathway AND r.code = :code"
            + " AND r.id <> :id")
@NamedQuery(
    name = Requirement.LAST_POSITION,
    query = "SELECT MAX(r.position) FROM Requirement r WHERE r.pathwayId = :pathway")
public class Requirement {

  public static final String OF_ROLE = "Requirement.ofRole";

  /** A pathway's requirements, retired ones too, in order, with their items. */
  public static final String OF_PATHWAY = "Requirement.ofPathway";

  /** How many other requirements of a pathway use a code (0 or 1). */
  public static final String CODE_USED = "Requirement.codeUsed";

  public static final String LAST_POSITION = "Requirement.lastPosition";

  /** The gap between positions, so that a requirement can later go between two. */
  public static final int POSITION_STEP = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "pathway_id", nullable = false)
  private Long pathwayId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RequirementKind kind;

  @Column(nullable = false)
  private boolean mandatory;

  @Column(name = "reimbursement_condition", nullable = false)
  private boolean reimbursementCondition;

  /** A catalogue item kind (ACCREDITED_COURSE) any item of which satisfies the requirement. */
  @Column(name = "any_item_kind")
  private String anyItemKind;

  @Column(name = "enrolment_counts", nullable = false)
  private boolean enrolmentCounts;

  @Column(name = "acknowledgement_version")
  private String acknowledgementVersion;

  @Column(name = "interval_months")
  private Integer intervalMonths;

  @Enumerated(EnumType.STRING)
  @Column(name = "profile_fact")
  private ProfileFact profileFact;

  @Column(name = "due_within_months")
  private Integer dueWithinMonths;

  @Column(name = "valid_for_months")
  private Integer validForMonths;

  @Column(name = "external_url")
  private String externalUrl;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "requirement_item", joinColumns = @JoinColumn(name = "requirement_id"))
  @Column(name = "catalogue_item_id")
  private Set<Long> itemIds = new HashSet<>();

  protected Requirement() {
    // for JPA
  }

  /** A new requirement at the end of a pathway; its code and kind never change afterwards. */
  public Requirement(long pathwayId, int position, PathwayEdits.Details details) {
    this.pathwayId = pathwayId;
    this.position = position;
    this.code = details.code();
    this.kind = details.kind();
    apply(details);
  }

  /**
   * Takes the wording, flags, items and interval of {@code details}; its code and kind are this
   * requirement's own (history recorded against it keeps its meaning).
   */
  public void apply(PathwayEdits.Details details) {
    this.title = details.title();
    this.summary = details.summary();
    this.mandatory = details.mandatory();
    this.reimbursementCondition = details.reimbursementCondition();
    this.anyItemKind = details.anyItemKind();
    this.acknowledgementVersion = details.acknowledgementVersion();
    this.intervalMonths = details.intervalMonths();
    this.profileFact = details.profileFact();
    this.dueWithinMonths = details.dueWithinMonths();
    this.validForMonths = details.validForMonths();
    this.externalUrl = details.externalUrl();
    this.itemIds.clear();
    this.itemIds.addAll(details.itemIds());
  }

  /** Takes it off the pathway: statuses leave it out, the history recorded against it stays. */
  public void retire(Instant now) {
    if (retiredAt == null) {
      retiredAt = now;
    }
  }

  public void restore() {
    retiredAt = null;
  }

  public Long getPathwayId() {
    return pathwayId;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public RequirementKind getKind() {
    return kind;
  }

  public boolean isMandatory() {
    return mandatory;
  }

  public boolean isReimbursementCondition() {
    return reimbursementCondition;
  }

  public String getAnyItemKind() {
    return anyItemKind;
  }

  public boolean isEnrolmentCounts() {
    return enrolmentCounts;
  }

  public String getAcknowledgementVersion() {
    return acknowledgementVersion;
  }

  public Integer getIntervalMonths() {
    return intervalMonths;
  }

  public ProfileFact getProfileFact() {
    return profileFact;
  }

  public Integer getDueWithinMonths() {
    return dueWithinMonths;
  }

  public Integer getValidForMonths() {
    return validForMonths;
  }

  public String getExternalUrl() {
    return externalUrl;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public Set<Long> getItemIds() {
    return Set.copyOf(itemIds);
  }
}
