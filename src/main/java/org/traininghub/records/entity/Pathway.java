package org.traininghub.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role's pathway: the requirements a person in that role must meet (HWBC, later SPLW…). */
@Entity
@Table(name = "pathway")
public class Pathway {

  /** The Health and Wellbeing Coach pathway shipped as reference data (V24). */
  public static final String HWBC = "HWBC";

  @Id private Long id;

  @Column(name = "role_code", nullable = false)
  private String roleCode;

  @Column(nullable = false)
  private String name;

  protected Pathway() {
    // for JPA
  }

  public Long getId() {
    return id;
  }

  public String getRoleCode() {
    return roleCode;
  }

  public String getName() {
    return name;
  }
}
