package org.traininghub.pcns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.traininghub.platform.persistence.Retirable;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * A Primary Care Network: it employs coaches and names their first point of contact. Retired, not
 * deleted, so that past records still name it.
 */
@Entity
@Table(name = "pcn")
@NamedQuery(name = Pcn.ALL, query = "SELECT p FROM Pcn p ORDER BY p.name")
@NamedQuery(name = Pcn.ALL_NAME_DESCENDING, query = "SELECT p FROM Pcn p ORDER BY p.name DESC")
@NamedQuery(name = Pcn.COUNT, query = "SELECT COUNT(p) FROM Pcn p")
@NamedQuery(
    name = Pcn.CLASHES,
    query =
        "SELECT p FROM Pcn p WHERE p.id <> :id AND (LOWER(p.name) = :name OR p.odsCode = :odsCode)")
public class Pcn extends Retirable {

  public static final String ALL = "Pcn.all";
  public static final String ALL_NAME_DESCENDING = "Pcn.allNameDescending";
  public static final String COUNT = "Pcn.count";
  public static final String CLASHES = "Pcn.clashes";

  public static final int NAME_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  /** The NHS Organisation Data Service code of a PCN: U followed by five digits. */
  @Column(name = "ods_code", length = 10)
  private String odsCode;

  protected Pcn() {
    // for JPA
  }

  public Pcn(String name, String odsCode, Instant now) {
    super(now);
    rename(name, odsCode, now);
  }

  /** Every problem with a PCN's name and ODS code; empty when they may be saved. */
  public static List<Problem> check(String name, String odsCode) {
    List<Problem> problems = new ArrayList<>();
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      problems.add(new Problem("name", "Enter the PCN's name"));
    } else if (n.length() > NAME_MAX) {
      problems.add(new Problem("name", "The name must be " + NAME_MAX + " characters or fewer"));
    }
    String code = normaliseCode(odsCode);
    if (code != null && !code.matches("U\\d{5}")) {
      problems.add(
          new Problem("odsCode", "A PCN's ODS code is U followed by 5 digits, like U12345"));
    }
    return problems;
  }

  public void rename(String name, String odsCode, Instant now) {
    List<Problem> problems = check(name, odsCode);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    this.name = name.strip();
    this.odsCode = normaliseCode(odsCode);
    changed(now);
  }

  /** "u 12345 " is written U12345; blank is none. */
  public static String normaliseCode(String odsCode) {
    if (odsCode == null || odsCode.isBlank()) {
      return null;
    }
    return odsCode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getOdsCode() {
    return odsCode;
  }
}
