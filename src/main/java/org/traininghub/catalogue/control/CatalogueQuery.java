package org.traininghub.catalogue.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.traininghub.catalogue.entity.DeliveryMode;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.persistence.FullText;
import org.traininghub.platform.validation.Choice;
import org.traininghub.platform.validation.Problem;

/**
 * A search of the catalogue as it travels in a URL ({@code ?q=coaching&kind=pci-module&sort=title})
 * for the pages and the API alike. Unknown values are refused with a message, never ignored.
 */
public record CatalogueQuery(
    String text, ItemKind kind, DeliveryMode mode, boolean requiredOnly, Sort sort, int page) {

  public static final int PAGE_SIZE = 20;
  public static final int TEXT_MAX = 100;
  static final int MAX_TERMS = 6;

  /** The orders a list can be shown in, with the value used in the URL. */
  public enum Sort implements Choice {
    RELEVANCE("relevance", "Best match"),
    TITLE("title", "Title (A to Z)"),
    REQUIRED("required", "Required for the role first"),
    PROVIDER("provider", "Provider (A to Z)"),
    KIND("kind", "Kind of training"),
    NEWEST("newest", "Newest first");

    private final String slug;
    private final String label;

    Sort(String slug, String label) {
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
  }

  /** The order when the URL names none: best match first for a search, else by title. */
  public Sort defaultSort() {
    return text == null ? Sort.TITLE : Sort.RELEVANCE;
  }

  public static final CatalogueQuery ALL =
      new CatalogueQuery(null, null, null, false, Sort.TITLE, 1);

  public CatalogueQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    sort = sort == null ? (text == null ? Sort.TITLE : Sort.RELEVANCE) : sort;
    page = Math.max(page, 1);
  }

  /**
   * The words searched for: each must appear in the title, summary or provider (as the start of a
   * word; see {@code FullText}).
   */
  public List<String> terms() {
    return FullText.words(text, MAX_TERMS);
  }

  /** The page of results asked for. */
  public PageRequest pageRequest() {
    return new PageRequest(page, PAGE_SIZE);
  }

  public int offset() {
    return pageRequest().offset();
  }

  public CatalogueQuery withPage(int newPage) {
    return new CatalogueQuery(text, kind, mode, requiredOnly, sort, newPage);
  }

  /** The query string that reproduces this search ({@code q=...&kind=...}), without defaults. */
  public String toQueryString() {
    StringJoiner query = new StringJoiner("&");
    if (text != null) {
      query.add("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }
    if (kind != null) {
      query.add("kind=" + kind.slug());
    }
    if (mode != null) {
      query.add("mode=" + mode.slug());
    }
    if (requiredOnly) {
      query.add("required=yes");
    }
    if (sort != defaultSort()) {
      query.add("sort=" + sort.slug());
    }
    if (page > 1) {
      query.add("page=" + page);
    }
    return query.toString();
  }

  /**
   * Reads the URL's parameters ({@code q, kind, mode, required, sort, page}); a value that is not
   * one of the allowed ones is a {@link Problem} naming the parameter.
   */
  public static Parsed parse(
      String q, String kind, String mode, String required, String sort, String page) {
    List<Problem> problems = new ArrayList<>();
    if (q != null && q.length() > TEXT_MAX) {
      problems.add(new Problem("q", "Search text must be " + TEXT_MAX + " characters or fewer"));
      q = null;
    }
    ItemKind k = pick("kind", kind, ItemKind.class, problems);
    DeliveryMode m = pick("mode", mode, DeliveryMode.class, problems);
    Sort s = pick("sort", sort, Sort.class, problems);
    boolean requiredOnly = false;
    if (required != null && !required.isBlank()) {
      switch (required.strip()) {
        case "yes", "true", "on" -> requiredOnly = true;
        case "no", "false", "any" -> requiredOnly = false;
        default -> problems.add(new Problem("required", "“required” must be yes or no"));
      }
    }
    int p = 1;
    if (page != null && !page.isBlank()) {
      try {
        p = Integer.parseInt(page.strip());
        if (p < 1 || p > 10_000) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        problems.add(new Problem("page", "“page” must be a whole number from 1"));
        p = 1;
      }
    }
    return new Parsed(new CatalogueQuery(q, k, m, requiredOnly, s, p), List.copyOf(problems));
  }

  /** The query read from a URL, with what could not be read (those parameters are left out). */
  public record Parsed(CatalogueQuery query, List<Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  private static <E extends Enum<E> & Choice> E pick(
      String name, String value, Class<E> type, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Optional<E> found = Choice.bySlug(type, value.strip());
    if (found.isEmpty()) {
      problems.add(new Problem(name, "“" + name + "” must be one of: " + Choice.slugs(type)));
    }
    return found.orElse(null);
  }
}
