package org.traininghub.catalogue.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.traininghub.catalogue.entity.CatalogueItem;

/** A catalogue item as the API shows it; kinds and modes use the same values as the filters. */
public record CatalogueItemJson(
    long id,
    String slug,
    String kind,
    String kindLabel,
    String title,
    String summary,
    String provider,
    String deliveryMode,
    BigDecimal lengthDays,
    BigDecimal lengthHours,
    LocalDate accreditationValidUntil,
    boolean accreditationExpired,
    String fundingNote,
    String externalUrl,
    boolean requiredForRole,
    String webUrl) {

  static CatalogueItemJson of(CatalogueItem item, LocalDate today, String webUrl) {
    return new CatalogueItemJson(
        item.getId(),
        item.getSlug(),
        item.getKind().slug(),
        item.getKind().label(),
        item.getTitle(),
        item.getSummary(),
        item.getProvider(),
        item.getDeliveryMode().slug(),
        item.getLengthDays(),
        item.getLengthHours(),
        item.getAccreditationValidUntil(),
        item.accreditationExpired(today),
        item.getFundingNote(),
        item.getExternalUrl(),
        item.isRequiredForRole(),
        webUrl);
  }
}
