package org.traininghub.catalogue.entity;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.traininghub.platform.validation.PlainText;
import org.traininghub.platform.validation.Problem;

/**
 * The rules every catalogue item keeps, whoever enters it (editor, CSV import, seed data). Field
 * names are those of {@link ItemDetails}; messages are plain English for the person who typed it.
 */
public final class CatalogueRules {

  /** The Personalised Care Institute accredits health coaching programmes of at least four days. */
  public static final BigDecimal PCI_MINIMUM_DAYS = new BigDecimal("4");

  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 2000;
  public static final int PROVIDER_MAX = 200;
  public static final int FUNDING_NOTE_MAX = 500;
  public static final int URL_MAX = 500;

  private static final BigDecimal MAX_DAYS = new BigDecimal("60");
  private static final BigDecimal MAX_HOURS = new BigDecimal("500");
  private static final Set<DeliveryMode> COURSE_MODES =
      EnumSet.of(DeliveryMode.FACE_TO_FACE, DeliveryMode.VIRTUAL, DeliveryMode.BLENDED);

  private CatalogueRules() {}

  /** Every problem with these details; empty when they may be saved. */
  public static List<Problem> check(ItemDetails raw) {
    List<Problem> problems = new ArrayList<>();
    if (raw == null) {
      problems.add(new Problem("kind", "Enter the item's details"));
      return problems;
    }
    ItemDetails d = raw.normalised();
    if (d.kind() == null) {
      problems.add(new Problem("kind", "Choose what kind of item this is"));
    }
    text(problems, "title", "a title", d.title(), TITLE_MAX, true);
    text(problems, "summary", "a summary", d.summary(), SUMMARY_MAX, true);
    text(problems, "provider", "the provider", d.provider(), PROVIDER_MAX, true);
    text(problems, "fundingNote", "the funding note", d.fundingNote(), FUNDING_NOTE_MAX, false);
    if (d.deliveryMode() == null) {
      problems.add(new Problem("deliveryMode", "Choose how it is delivered"));
    }
    positive(problems, "lengthDays", "Length in days", d.lengthDays(), MAX_DAYS);
    positive(problems, "lengthHours", "Length in hours", d.lengthHours(), MAX_HOURS);
    url(problems, d.externalUrl());
    if (d.kind() != null) {
      kindRules(problems, d);
    }
    return problems;
  }

  /**
   * How the catalogue tells two items apart: the same title from the same provider is the same
   * item, whatever the capitals or spacing. Null when either is missing.
   */
  public static String sameItemKey(String provider, String title) {
    if (provider == null || title == null || provider.isBlank() || title.isBlank()) {
      return null;
    }
    return (provider.strip() + "\n" + title.strip())
        .replaceAll("[ \\t]+", " ")
        .toLowerCase(Locale.ROOT);
  }

  /** The problem with an item whose title and provider another item already has. */
  public static Problem alreadyListed(String title, boolean retired) {
    return new Problem(
        "title",
        "“"
            + title.strip()
            + "” from this provider is already in the catalogue"
            + (retired
                ? " (retired): restore it in Manage the catalogue instead of adding it again"
                : ": edit that item instead of adding it again"));
  }

  private static void kindRules(List<Problem> problems, ItemDetails d) {
    switch (d.kind()) {
      case ACCREDITED_COURSE -> {
        if (d.lengthDays() == null) {
          problems.add(new Problem("lengthDays", "Enter the course length in days"));
        } else if (d.lengthDays().compareTo(PCI_MINIMUM_DAYS) < 0) {
          problems.add(
              new Problem(
                  "lengthDays", "A PCI-accredited health coaching course lasts at least 4 days"));
        }
        if (d.accreditationValidUntil() == null) {
          problems.add(
              new Problem(
                  "accreditationValidUntil",
                  "Enter the date the PCI accreditation is valid until"));
        }
        if (d.deliveryMode() != null && !COURSE_MODES.contains(d.deliveryMode())) {
          problems.add(
              new Problem(
                  "deliveryMode", "A course is delivered face to face, virtually or blended"));
        }
        if (d.externalUrl() == null) {
          problems.add(
              new Problem("externalUrl", "Enter the link to the provider's page for this course"));
        }
      }
      case PCI_MODULE, ELEARNING -> {
        if (d.deliveryMode() != null && d.deliveryMode() != DeliveryMode.ONLINE) {
          problems.add(
              new Problem("deliveryMode", "Online modules and e-learning are delivered online"));
        }
        if (d.kind() == ItemKind.ELEARNING && d.lengthHours() == null) {
          problems.add(new Problem("lengthHours", "Enter the programme length in hours"));
        }
        if (d.externalUrl() == null) {
          problems.add(
              new Problem("externalUrl", "Enter the link where coaches take this learning"));
        }
      }
      case RESOURCE -> {
        if (d.externalUrl() == null) {
          problems.add(new Problem("externalUrl", "Enter the link to the resource"));
        }
        if (d.requiredForRole()) {
          problems.add(
              new Problem(
                  "requiredForRole",
                  "A resource cannot be required: nothing records its completion"));
        }
      }
      case EVENT_SERIES -> {
        // dates, places and capacity belong to each event, not to the series
      }
    }
    if (d.kind() != ItemKind.ACCREDITED_COURSE && d.accreditationValidUntil() != null) {
      problems.add(
          new Problem(
              "accreditationValidUntil", "Only accredited courses have an accreditation date"));
    }
  }

  private static void text(
      List<Problem> problems, String field, String what, String value, int max, boolean required) {
    if (value == null) {
      if (required) {
        problems.add(new Problem(field, "Enter " + what));
      }
      return;
    }
    if (value.length() > max) {
      problems.add(
          new Problem(field, capitalise(what) + " must be " + max + " characters or fewer"));
    }
    if (PlainText.hasUnshowable(value)) {
      problems.add(
          new Problem(field, capitalise(what) + " contains characters that cannot be shown"));
    }
  }

  private static void positive(
      List<Problem> problems, String field, String what, BigDecimal value, BigDecimal max) {
    if (value == null) {
      return;
    }
    if (value.signum() <= 0) {
      problems.add(new Problem(field, what + " must be more than 0"));
    } else if (value.compareTo(max) > 0) {
      problems.add(new Problem(field, what + " must be " + max.toPlainString() + " or less"));
    } else if (value.multiply(BigDecimal.TEN).stripTrailingZeros().scale() > 0) {
      problems.add(new Problem(field, what + " can have at most one decimal place, like 4.5"));
    }
  }

  private static void url(List<Problem> problems, String value) {
    if (value == null) {
      return;
    }
    if (value.length() > URL_MAX) {
      problems.add(
          new Problem("externalUrl", "The link must be " + URL_MAX + " characters or fewer"));
      return;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
          || uri.getHost() == null) {
        problems.add(new Problem("externalUrl", "Enter a full web address starting with https://"));
      }
    } catch (URISyntaxException e) {
      problems.add(new Problem("externalUrl", "Enter a full web address starting with https://"));
    }
  }

  private static String capitalise(String what) {
    String bare = what.replaceFirst("^(a|an|the) ", "");
    return Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
  }
}
