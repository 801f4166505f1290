package org.traininghub.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.traininghub.platform.paging.ListQueries;
import org.traininghub.platform.paging.ListQuery;

/** {@link FullText}: which words go through the index, and what the others become. */
class FullTextTest {

  @Test
  void eachIndexableWordMustStartAWord() {
    FullText text = FullText.of(List.of("coach", "Social"), "t.title");
    assertTrue(text.ranks());
    assertEquals("+coach* +social*", text.against());
  }

  @Test
  void shortWordsStopwordsAndWordsWithOtherCharactersAreSearchedWithLike() {
    FullText text = FullText.of(List.of("ab", "the", "e-lfh", "100%"), "t.title", "t.summary");
    assertFalse(text.ranks(), "none of them is in the index");
    String sql = ListQueries.countSql(text.addTo(new ListQuery("things t")));
    String word = "(t.title LIKE ? ESCAPE '!' OR t.summary LIKE ? ESCAPE '!')";
    assertEquals(
        "SELECT COUNT(*) FROM things t WHERE " + String.join(" AND ", word, word, word, word), sql);
    assertFalse(sql.contains("MATCH"), sql);
  }

  @Test
  void aSearchThroughTheIndexIsCountedWithItsPageAndOneWithLikeOnlyApart() {
    ListQuery indexed =
        FullText.of(List.of("coaching"), "t.title").addTo(new ListQuery("things t"));
    assertEquals(
        "SELECT t.id, COUNT(*) OVER () FROM things t"
            + " WHERE MATCH (t.title) AGAINST (? IN BOOLEAN MODE) LIMIT ? OFFSET ?",
        ListQueries.countedIdsSql(indexed),
        "the database finds every match anyway: one search, not two");
    ListQuery like = FullText.of(List.of("ab"), "t.title").addTo(new ListQuery("things t"));
    assertEquals(null, ListQueries.countedIdsSql(like));
  }

  @Test
  void indexedAndOtherWordsMustAllMatch() {
    String sql =
        ListQueries.countSql(
            FullText.of(List.of("coaching", "of"), "t.title").addTo(new ListQuery("things t")));
    assertEquals(
        "SELECT COUNT(*) FROM things t WHERE MATCH (t.title) AGAINST (? IN BOOLEAN MODE)"
            + " AND (t.title LIKE ? ESCAPE '!')",
        sql);
  }

  @Test
  void searchTextIsSplitIntoDistinctLowerCaseWords() {
    assertEquals(List.of("ann", "lee"), FullText.words("  Ann LEE ann ", 6));
    assertEquals(List.of(), FullText.words(" ", 6));
    assertEquals(2, FullText.words("a b c d", 2).size());
  }
}
