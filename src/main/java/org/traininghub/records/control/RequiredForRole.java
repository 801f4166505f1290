package org.traininghub.records.control;

import jakarta.persistence.EntityManager;

/**
 * Keeps the catalogue's {@code required_for_role} column what the pathways say: an item is required
 * when a mandatory requirement that is not retired links it, or asks for any item of its kind (A1:
 * any accredited course). The catalogue reads the column as before and knows nothing of records;
 * records writes it (V24 once, then after every change of the catalogue or of a pathway), so the
 * dependency runs one way only: records → catalogue. Only rows whose value changes are written.
 */
public final class RequiredForRole {

  static final String REFRESH =
      "UPDATE catalogue_item i SET i.required_for_role = NOT i.required_for_role"
          + " WHERE i.required_for_role <> ("
          + " EXISTS (SELECT 1 FROM requirement_item ri JOIN requirement r ON r.id = ri.requirement_id"
          + " WHERE ri.catalogue_item_id = i.id AND r.mandatory AND r.retired_at IS NULL)"
          + " OR EXISTS (SELECT 1 FROM requirement r"
          + " WHERE r.any_item_kind = i.kind AND r.mandatory AND r.retired_at IS NULL))";

  private RequiredForRole() {}

  /** Brings the column up to date in the caller's transaction; returns the rows changed. */
  public static int refresh(EntityManager em) {
    em.flush();
    return em.createNativeQuery(REFRESH).executeUpdate();
  }
}
