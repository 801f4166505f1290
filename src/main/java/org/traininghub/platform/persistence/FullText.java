package org.traininghub.platform.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.traininghub.platform.paging.ListQuery;

/**
 * Search words against an InnoDB {@code FULLTEXT} index (MySQL 8.4 and MariaDB alike): every word
 * must appear, each as the start of a word ({@code coach} finds "coaching"), and the rows come best
 * match first. A word the index cannot hold is still found, with {@code LIKE '%word%'}: one shorter
 * than InnoDB's {@code innodb_ft_min_token_size} (3, the default of both), one of InnoDB's default
 * stopwords, or one with other characters than letters and digits ({@code e-lfh}, {@code 100%}, an
 * address), which the index splits into several words.
 *
 * <pre>{@code
 * FullText text = FullText.of(words, "i.title", "i.summary", "i.provider");
 * text.addTo(list);                                  // the conditions
 * if (text.ranks()) list.orderBy(text.relevance() + " DESC, i.id", text.against());
 * }</pre>
 */
public final class FullText {

  /** InnoDB's {@code innodb_ft_min_token_size} and {@code innodb_ft_max_token_size} defaults. */
  static final int MIN_WORD = 3;

  static final int MAX_WORD = 84;

  /** InnoDB's default stopwords ({@code INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD}). */
  static final Set<String> STOPWORDS =
      Set.of(
          "a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for", "from",
          "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was",
          "what", "when", "where", "who", "will", "with", "und", "www");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final List<String> columns;
  private final List<String> indexed;
  private final List<String> others;

  private FullText(List<String> columns, List<String> indexed, List<String> others) {
    this.columns = columns;
    this.indexed = indexed;
    this.others = others;
  }

  /**
   * The search for {@code terms} (already split) in {@code columns}, as one FULLTEXT index has
   * them.
   */
  public static FullText of(List<String> terms, String... columns) {
    List<String> indexed = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String term : terms) {
      String t = term.toLowerCase(Locale.ROOT);
      (indexable(t) ? indexed : others).add(t);
    }
    return new FullText(List.of(columns), indexed, others);
  }

  /**
   * The words of {@code text}, split at white space, lower case, each once, at most {@code max}.
   */
  public static List<String> words(String text, int max) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+"))
        .distinct()
        .limit(max)
        .toList();
  }

  static boolean indexable(String term) {
    return term.length() >= MIN_WORD
        && term.length() <= MAX_WORD
        && WORD.matcher(term).matches()
        && !STOPWORDS.contains(term);
  }

  /** Whether any word goes through the index, so that rows can be ranked by {@link #relevance}. */
  public boolean ranks() {
    return !indexed.isEmpty();
  }

  /**
   * The boolean-mode search: {@code +coach* +social*} (letters and digits only, so no operators).
   */
  public String against() {
    return indexed.stream().map(w -> "+" + w + "*").collect(Collectors.joining(" "));
  }

  /** {@code MATCH (columns) AGAINST (? IN BOOLEAN MODE)}, bound to {@link #against}. */
  public String relevance() {
    return "MATCH (" + String.join(", ", columns) + ") AGAINST (? IN BOOLEAN MODE)";
  }

  /**
   * Adds the conditions: the indexed words through the index, each other word with LIKE. With
   * indexed words the list is counted with its page ({@link ListQuery#countedWithPage}): the
   * database finds every match anyway, and counting apart would search twice.
   */
  public ListQuery addTo(ListQuery list) {
    if (ranks()) {
      list.where(relevance(), against()).countedWithPage();
    }
    for (String other : others) {
      String pattern = Like.containing(other);
      list.where(
          columns.stream()
              .map(c -> c + " LIKE ?" + Like.ESCAPE_CLAUSE)
              .collect(Collectors.joining(" OR ", "(", ")")),
          columns.stream().map(c -> pattern).toArray());
    }
    return list;
  }
}
