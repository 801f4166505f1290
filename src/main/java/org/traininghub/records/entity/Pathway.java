package org.traininghub.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** A role's pathway: the requirements a person in that role must meet (HWBC, later SPLW…). */
@Entity
@Table(name = "pathway")
@NamedQuery(name = Pathway.ALL, query = "SELECT p FROM Pathway p ORDER BY p.name, p.id")
@NamedQuery(
    name = Pathway.ROLE_USED,
    query = "SELECT COUNT(p) FROM Pathway p WHERE p.roleCode = :role")
public class Pathway {

  public static final String ALL = "Pathway.all";
  public static final String ROLE_USED = "Pathway.roleUsed";

  /** The Health and Wellbeing Coach pathway shipped as reference data (V24). */
  public static final String HWBC = "HWBC";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "role_code", nullable = false)
  private String roleCode;

  @Column(nullable = false)
  private String name;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Pathway() {
    // for JPA
  }

  /** A new, empty pathway for a role ({@link PathwayEdits#pathway} has checked both). */
  public Pathway(String roleCode, String name, Instant now) {
    this.roleCode = roleCode.strip().toUpperCase(Locale.ROOT);
    this.name = name.strip();
    this.createdAt = now;
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
