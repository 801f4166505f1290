package org.traininghub.platform.validation;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One of a fixed set of values, shown to people by its label and written in URLs and the API by its
 * slug ({@code face-to-face}), so that a link stays readable and stable.
 */
public interface Choice {

  String slug();

  String label();

  static <E extends Enum<E> & Choice> Optional<E> bySlug(Class<E> type, String slug) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.slug().equals(slug)).findFirst();
  }

  /** The allowed slugs, for a message: "face-to-face, virtual, blended, online". */
  static <E extends Enum<E> & Choice> String slugs(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Choice::slug)
        .collect(Collectors.joining(", "));
  }
}
