package org.traininghub.catalogue.entity;

import java.util.Optional;

/** What sort of thing a catalogue item is; each kind has its own rules (see CatalogueRules). */
public enum ItemKind implements Choice {
  ACCREDITED_COURSE("accredited-course", "PCI-accredited health coaching course", true),
  PCI_MODULE("pci-module", "PCI online module", true),
  ELEARNING("e-learning", "e-Learning for Healthcare programme", true),
  EVENT_SERIES("event-series", "Hub event series", true),
  RESOURCE("resource", "Resource", false);

  private final String slug;
  private final String label;
  private final boolean trackable;

  ItemKind(String slug, String label, boolean trackable) {
    this.slug = slug;
    this.label = label;
    this.trackable = trackable;
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

  /** Whether completing it can count towards a coach's record (resources cannot). */
  public boolean trackable() {
    return trackable;
  }

  public static Optional<ItemKind> fromSlug(String slug) {
    return Choice.bySlug(ItemKind.class, slug);
  }
}
