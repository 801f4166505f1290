package org.traininghub.catalogue.control;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/** Readable, stable addresses for catalogue items: "Core Skills" becomes {@code core-skills}. */
public final class Slugs {

  static final int MAX = 80;

  private Slugs() {}

  public static String of(String title) {
    String ascii =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace("&", " and ")
            .toLowerCase(Locale.UK);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX) {
      slug = slug.substring(0, MAX).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "item" : slug;
  }

  /** {@code base}, or {@code base-2}, {@code base-3}... whichever is not {@code taken}. */
  public static String unique(String base, Collection<String> taken) {
    if (!taken.contains(base)) {
      return base;
    }
    for (int n = 2; ; n++) {
      String candidate = base + "-" + n;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }
}
