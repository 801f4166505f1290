package org.traininghub.records.control;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Progress against a pathway as the dashboard's chart draws it: how many requirements stand in each
 * group of statuses, every group shown (zero too) in the same order, so the chart and its table
 * read the same for everyone.
 */
public record Progress(List<Bar> bars, int total) implements Serializable {

  /** A group of statuses, in the order the chart shows them. */
  public enum Group {
    DONE("Done or verified"),
    AWAITING("Completed, awaiting verification"),
    UNDER_WAY("Booked, enrolled or in progress"),
    NOT_STARTED("Not started"),
    OVERDUE("Overdue or expired");

    private final String label;

    Group(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    static Group of(Status status) {
      return switch (status) {
        case VERIFIED, MET -> DONE;
        case COMPLETED -> AWAITING;
        case BOOKED, ENROLLED, IN_PROGRESS -> UNDER_WAY;
        case NOT_STARTED -> NOT_STARTED;
        case OVERDUE, EXPIRED -> OVERDUE;
      };
    }
  }

  /** One bar: a group, its count, and its share of the whole in whole percent (for the width). */
  public record Bar(Group group, int count, int percent) implements Serializable {

    public String getLabel() {
      return group.label();
    }

    /** For the CSS class and the test hook: {@code under-way}. */
    public String getSlug() {
      return group.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public static Progress of(List<Status> statuses) {
    Map<Group, Integer> counts = new EnumMap<>(Group.class);
    statuses.forEach(s -> counts.merge(Group.of(s), 1, Integer::sum));
    int total = statuses.size();
    List<Bar> bars =
        java.util.Arrays.stream(Group.values())
            .map(
                g -> {
                  int count = counts.getOrDefault(g, 0);
                  return new Bar(g, count, total == 0 ? 0 : Math.round(count * 100f / total));
                })
            .toList();
    return new Progress(bars, total);
  }
}
