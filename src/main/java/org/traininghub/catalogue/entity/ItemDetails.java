package org.traininghub.catalogue.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything an admin decides about a catalogue item: what the editor, the CSV import and the seed
 * data hand to {@link CatalogueItem}. Checked by {@code CatalogueRules} before it is used.
 */
public record ItemDetails(
    ItemKind kind,
    String title,
    String summary,
    String provider,
    DeliveryMode deliveryMode,
    BigDecimal lengthDays,
    BigDecimal lengthHours,
    LocalDate accreditationValidUntil,
    String fundingNote,
    String externalUrl,
    boolean requiredForRole)
    implements Serializable {

  /** The same details with text fields trimmed and blanks made null. */
  public ItemDetails normalised() {
    return new ItemDetails(
        kind,
        clean(title),
        clean(summary),
        clean(provider),
        deliveryMode,
        lengthDays,
        lengthHours,
        accreditationValidUntil,
        clean(fundingNote),
        clean(externalUrl),
        requiredForRole);
  }

  private static String clean(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
