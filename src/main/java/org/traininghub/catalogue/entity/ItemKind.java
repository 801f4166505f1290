package org.traininghub.catalogue.entity;

import java.util.Optional;
import org.traininghub.platform.validation.Choice;

/** What sort of thing a catalogue item is; each kind has its own rules (see CatalogueRules). */
public enum ItemKind implements Choice {
  ACCREDITED_COURSE("accredited-course", "PCI-accredited health coaching course"),
  PCI_MODULE("pci-module", "PCI online module"),
  ELEARNING("e-learning", "e-Learning for Healthcare programme"),
  EVENT_SERIES("event-series", "Hub event series"),
  RESOURCE("resource", "Resource");

  private final String slug;
  private final String label;

  ItemKind(String slug, String label) {
    this.slug = slug;
    this.label = label;
  }

  /** The value used in URLs and the API, e.g. {@code accredited-course}. */
  @Override
  public String slug() {
    return slug;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<ItemKind> fromSlug(String slug) {
    return Choice.bySlug(ItemKind.class, slug);
  }
}
