package org.traininghub.records.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.traininghub.platform.validation.PlainText;
import org.traininghub.platform.validation.Problem;

/**
 * What hub admins may write into a pathway (issue 10, "The pathway is data"): the one place the
 * admin pages and the facade ask. Each problem names its field and says how to fix it. Clashes with
 * other rows (a code already used) are the facade's to find.
 */
public final class PathwayEdits {

  public static final int CODE_MAX = 10;
  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 1000;
  public static final int VERSION_MAX = 40;
  public static final int URL_MAX = 500;
  public static final int ROLE_MAX = 20;
  public static final int NAME_MAX = 160;

  /** The database's bounds (V24's checks): supervision monthly to every two years. */
  public static final int INTERVAL_MIN = 1;

  public static final int INTERVAL_MAX = 24;
  public static final int DUE_MAX = 60;
  public static final int VALID_MAX = 120;

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{0,9}");
  private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

  private PathwayEdits() {}

  /**
   * A requirement as an admin writes it. Only the fields of its kind are kept: items (or any item
   * of a catalogue kind) for a completion, a version for an acknowledgement, an interval for a
   * recurring activity, a fact for a profile fact.
   */
  public record Details(
      String code,
      String title,
      String summary,
      RequirementKind kind,
      boolean mandatory,
      boolean reimbursementCondition,
      Set<Long> itemIds,
      String anyItemKind,
      String acknowledgementVersion,
      Integer intervalMonths,
      ProfileFact profileFact,
      Integer dueWithinMonths,
      Integer validForMonths,
      String externalUrl) {

    public Details {
      code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
      title = strip(title);
      summary = strip(summary);
      itemIds =
          kind == RequirementKind.COMPLETION && itemIds != null ? Set.copyOf(itemIds) : Set.of();
      anyItemKind = kind == RequirementKind.COMPLETION ? strip(anyItemKind) : null;
      acknowledgementVersion =
          kind == RequirementKind.ACKNOWLEDGEMENT ? strip(acknowledgementVersion) : null;
      intervalMonths = kind == RequirementKind.RECURRING ? intervalMonths : null;
      profileFact = kind == RequirementKind.PROFILE_FACT ? profileFact : null;
      dueWithinMonths = kind == RequirementKind.COMPLETION ? dueWithinMonths : null;
      validForMonths = kind == RequirementKind.COMPLETION ? validForMonths : null;
      externalUrl = strip(externalUrl);
    }
  }

  /** Problems with a requirement's details, each beside its field. */
  public static List<Problem> requirement(Details d) {
    List<Problem> problems = new ArrayList<>();
    if (d.code() == null || d.code().isEmpty()) {
      problems.add(new Problem("code", "Enter a short code for the requirement, like M4"));
    } else if (!CODE.matcher(d.code()).matches()) {
      problems.add(
          new Problem(
              "code",
              "Enter a code of up to "
                  + CODE_MAX
                  + " capital letters and digits starting with a letter, like M4"));
    }
    required(problems, "title", "the title coaches see", d.title(), TITLE_MAX);
    required(problems, "summary", "a sentence saying what meets it", d.summary(), SUMMARY_MAX);
    if (d.kind() == null) {
      problems.add(new Problem("kind", "Choose how the requirement is met"));
      return problems;
    }
    switch (d.kind()) {
      case COMPLETION -> {
        if (d.itemIds().isEmpty() && d.anyItemKind() == null) {
          problems.add(
              new Problem(
                  "items",
                  "Choose at least one catalogue item that meets this requirement,"
                      + " or any item of a kind"));
        }
        within(
            problems,
            "dueWithinMonths",
            "The months to complete it in",
            d.dueWithinMonths(),
            1,
            DUE_MAX);
        within(
            problems,
            "validForMonths",
            "The months a completion stays valid",
            d.validForMonths(),
            1,
            VALID_MAX);
      }
      case ACKNOWLEDGEMENT ->
          required(
              problems,
              "acknowledgementVersion",
              "the version coaches sign, like 2024",
              d.acknowledgementVersion(),
              VERSION_MAX);
      case RECURRING -> {
        if (d.intervalMonths() == null) {
          problems.add(
              new Problem(
                  "intervalMonths",
                  "Enter how often it is needed full time, in months from "
                      + INTERVAL_MIN
                      + " to "
                      + INTERVAL_MAX
                      + ", like 1 for monthly"));
        } else {
          within(
              problems,
              "intervalMonths",
              "The interval",
              d.intervalMonths(),
              INTERVAL_MIN,
              INTERVAL_MAX);
        }
      }
      case PROFILE_FACT -> {
        if (d.profileFact() == null) {
          problems.add(
              new Problem("profileFact", "Choose which fact the coach's profile must name"));
        }
      }
    }
    if (d.externalUrl() != null && !isWebAddress(d.externalUrl())) {
      problems.add(
          new Problem(
              "externalUrl",
              "Enter the link as a full web address starting with https://, up to "
                  + URL_MAX
                  + " characters"));
    }
    return problems;
  }

  /** Problems with a new pathway's role code and name. */
  public static List<Problem> pathway(String roleCode, String name) {
    List<Problem> problems = new ArrayList<>();
    if (roleCode == null || !ROLE.matcher(roleCode.strip()).matches()) {
      problems.add(
          new Problem(
              "roleCode",
              "Enter the role's code in capital letters, 2 to "
                  + ROLE_MAX
                  + " characters, like SPLW"));
    }
    required(
        problems, "name", "the role's name, like Social Prescribing Link Worker", name, NAME_MAX);
    return problems;
  }

  private static void required(
      List<Problem> problems, String field, String what, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new Problem(field, "Enter " + what));
    } else if (value.strip().length() > max) {
      problems.add(new Problem(field, "Shorten it to " + max + " characters or fewer"));
    } else if (PlainText.hasUnshowable(value)) {
      problems.add(new Problem(field, "Remove the control characters pasted into it"));
    }
  }

  private static void within(
      List<Problem> problems, String field, String label, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      problems.add(
          new Problem(
              field, label + " must be a whole number of months from " + min + " to " + max));
    }
  }

  private static boolean isWebAddress(String value) {
    if (value.length() > URL_MAX) {
      return false;
    }
    try {
      URI uri = new URI(value);
      return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
