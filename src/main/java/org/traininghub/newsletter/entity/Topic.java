package org.traininghub.newsletter.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.traininghub.platform.validation.Choice;

/** What a newsletter is about; a subscriber chooses the topics they receive. */
public enum Topic implements Choice {
  HWBC_TRAINING("hwbc-training", "HWBC training"),
  VOLUNTARY_SECTOR("voluntary-sector", "Voluntary sector updates"),
  PRIMARY_CARE_ROLES("primary-care-roles", "All primary care roles");

  private final String slug;
  private final String label;

  Topic(String slug, String label) {
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

  public String getLabel() {
    return label;
  }

  public String getSlug() {
    return slug;
  }

  /** The topics as stored on a consent record: {@code HWBC_TRAINING,VOLUNTARY_SECTOR}. */
  public static String stored(Set<Topic> topics) {
    return topics.stream().map(Topic::name).sorted().collect(Collectors.joining(","));
  }

  /** The topics of {@link #stored}. */
  public static Set<Topic> ofStored(String stored) {
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    if (stored != null && !stored.isBlank()) {
      Arrays.stream(stored.split(",")).map(Topic::valueOf).forEach(topics::add);
    }
    return topics;
  }
}
