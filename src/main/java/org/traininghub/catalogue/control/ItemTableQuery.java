package org.traininghub.catalogue.control;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.paging.PageRequest;

/**
 * What an admin asks of the table of every item ({@code /admin/catalogue/}): the text typed in
 * "Search these items", the column to sort by and which way, and the page. The column is one of a
 * fixed list, whatever the browser sent; the text matches an item whose title, provider, kind or
 * status contains it, in any capitals (as the table's filter always did).
 */
public record ItemTableQuery(String filter, Column sort, boolean descending, PageRequest page) {

  /** The table's sortable columns, by the {@code field} each has on the page. */
  public enum Column {
    TITLE("title"),
    KIND("kind"),
    PROVIDER("provider"),
    STATUS("status"),
    UPDATED("updatedAt");

    private final String field;

    Column(String field) {
      this.field = field;
    }

    public String field() {
      return field;
    }

    /** The column the page calls {@code field}; the title for anything else (or nothing). */
    public static Column byField(String field) {
      return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst().orElse(TITLE);
    }
  }

  public ItemTableQuery {
    filter = filter == null ? "" : filter.strip();
    sort = sort == null ? Column.TITLE : sort;
    Objects.requireNonNull(page, "page");
  }

  public boolean filtered() {
    return !filter.isEmpty();
  }

  /** The kinds whose label (as the table shows it) contains the filter. */
  public List<ItemKind> kindsMatching() {
    return Arrays.stream(ItemKind.values()).filter(k -> contains(k.label())).toList();
  }

  /** Whether the filter is part of the word the table shows for a listed item ("Listed"). */
  public boolean matchesListed() {
    return filtered() && contains(Status.LISTED);
  }

  /** Whether the filter is part of the word the table shows for a retired item ("Retired"). */
  public boolean matchesRetired() {
    return filtered() && contains(Status.RETIRED);
  }

  private boolean contains(String shown) {
    return shown.toLowerCase(Locale.UK).contains(filter.toLowerCase(Locale.UK));
  }

  /**
   * The kinds in the order of their labels, as the table sorts them: ignoring capitals, a space or
   * a hyphen before any letter, as the database's collation sorts the other columns.
   */
  public static List<ItemKind> kindsByLabel() {
    return Arrays.stream(ItemKind.values())
        .sorted(Comparator.comparing(ItemKind::label, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** The words the table shows for an item's status. */
  public static final class Status {
    public static final String LISTED = "Listed";
    public static final String RETIRED = "Retired";

    private Status() {}

    public static String of(boolean retired) {
      return retired ? RETIRED : LISTED;
    }
  }
}
