package org.traininghub.catalogue.entity;

import java.util.Locale;
import java.util.Optional;
import org.traininghub.platform.validation.Choice;

/** How a piece of training is delivered. */
public enum DeliveryMode implements Choice {
  FACE_TO_FACE("face-to-face", "Face to face"),
  VIRTUAL("virtual", "Virtual (live online)"),
  BLENDED("blended", "Blended"),
  ONLINE("online", "Online, at your own pace");

  private final String slug;
  private final String label;

  DeliveryMode(String slug, String label) {
    this.slug = slug;
    this.label = label;
  }

  @Override
  public String slug() {
    return slug;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<DeliveryMode> fromSlug(String slug) {
    return Choice.bySlug(DeliveryMode.class, slug);
  }

  /** Reads what a person types in a spreadsheet: "Face to face", "face-to-face", "VIRTUAL"... */
  public static Optional<DeliveryMode> fromText(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normal = text.trim().toLowerCase(Locale.UK).replaceAll("[\\s_]+", "-");
    return fromSlug(normal);
  }
}
