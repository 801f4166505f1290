package org.traininghub.catalogue.boundary;

import java.time.LocalDate;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.time.BritishDates;

/**
 * A catalogue item as the public pages show it, with every text worked out once. Plain getters keep
 * the page's expressions to cached property reads instead of reflective method calls.
 */
public final class ItemCard {

  private final CatalogueItem item;
  private final boolean expired;

  ItemCard(CatalogueItem item, LocalDate today) {
    this.item = item;
    this.expired = item.accreditationExpired(today);
  }

  public String getSlug() {
    return item.getSlug();
  }

  public String getTitle() {
    return item.getTitle();
  }

  public String getSummary() {
    return item.getSummary();
  }

  public String getProvider() {
    return item.getProvider();
  }

  public String getKindLabel() {
    return item.getKind().label();
  }

  public String getDeliveryLabel() {
    return item.getDeliveryMode().label();
  }

  public String getLengthText() {
    return item.describeLength();
  }

  /** Required for the role, and able to count: a course whose accreditation expired cannot. */
  public boolean isRequired() {
    return item.isRequiredForRole() && !expired;
  }

  public boolean isAccreditedCourse() {
    return item.getKind() == ItemKind.ACCREDITED_COURSE;
  }

  public boolean isEventSeries() {
    return item.getKind() == ItemKind.EVENT_SERIES;
  }

  public boolean isAccredited() {
    return item.getAccreditationValidUntil() != null;
  }

  public boolean isExpired() {
    return expired;
  }

  /** ISO date for the {@code <time datetime>} attribute. */
  public String getValidUntilIso() {
    return item.getAccreditationValidUntil() == null
        ? ""
        : item.getAccreditationValidUntil().toString();
  }

  public String getValidUntilText() {
    return BritishDates.format(item.getAccreditationValidUntil());
  }

  public String getFundingNote() {
    return item.getFundingNote();
  }

  public String getExternalUrl() {
    return item.getExternalUrl();
  }
}
