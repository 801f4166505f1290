package org.traininghub.records.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
public class Requirement {

  public static final String OF_ROLE = "Requirement.ofRole";

  @Id private Long id;

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
