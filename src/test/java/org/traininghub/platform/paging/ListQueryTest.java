package org.traininghub.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ListQuery}: the SQL every paged list runs. */
class ListQueryTest {

  enum Order implements SortKey {
    NAME;

    @Override
    public String orderBy() {
      return "a.display_name, a.id";
    }
  }

  @Test
  void countAndIdsShareTheConditionsAndOnlyTheIdsAreOrderedAndLimited() {
    ListQuery list =
        new ListQuery("account a").where("a.role = ?", "COACH").where("a.pcn_id = ?", 7L);
    list.orderBy(Order.NAME);
    assertEquals(
        "SELECT COUNT(*) FROM account a WHERE a.role = ? AND a.pcn_id = ?", list.countSql());
    assertEquals(
        "SELECT a.id FROM account a WHERE a.role = ? AND a.pcn_id = ?"
            + " ORDER BY a.display_name, a.id LIMIT ? OFFSET ?",
        list.idsSql());
  }

  @Test
  void aListCountedWithItsPageCountsInTheStatementOfTheIds() {
    ListQuery list = new ListQuery("account a").where("a.role = ?", "COACH");
    list.orderBy(Order.NAME);
    assertEquals(null, ListQueries.countedIdsSql(list), "counted apart unless asked");
    list.countedWithPage();
    assertEquals(
        "SELECT a.id, COUNT(*) OVER () FROM account a WHERE a.role = ?"
            + " ORDER BY a.display_name, a.id LIMIT ? OFFSET ?",
        ListQueries.countedIdsSql(list));
  }

  @Test
  void theOtherWayRoundTurnsEveryColumnSoTheOrderStaysTotal() {
    SortKey mixed = () -> "CASE WHEN x.a IS NULL THEN 0 ELSE 1 END, COALESCE(x.b, x.c) DESC, x.id";
    assertEquals(
        "CASE WHEN x.a IS NULL THEN 0 ELSE 1 END DESC, COALESCE(x.b, x.c), x.id DESC",
        mixed.reversed());
    assertEquals(
        "SELECT a.id FROM account a ORDER BY a.display_name DESC, a.id DESC LIMIT ? OFFSET ?",
        new ListQuery("account a").orderBy(Order.NAME, true).idsSql());
    assertEquals(
        "SELECT a.id FROM account a ORDER BY a.display_name, a.id LIMIT ? OFFSET ?",
        new ListQuery("account a").orderBy(Order.NAME, false).idsSql());
  }

  @Test
  void aPageNearerTheEndIsReadInTheReversedOrder() {
    ListQuery list = new ListQuery("account a").where("a.role = ?", "COACH");
    list.orderBy(Order.NAME);
    assertEquals(
        "SELECT a.id FROM account a WHERE a.role = ?"
            + " ORDER BY a.display_name DESC, a.id DESC LIMIT ? OFFSET ?",
        list.idsFromTheEndSql());
    assertEquals(
        "CASE b.status WHEN 'A, B' THEN 0 ELSE 1 END DESC, b.id",
        SortKey.reverse("CASE b.status WHEN 'A, B' THEN 0 ELSE 1 END, b.id DESC"),
        "a comma in quotes does not end a column");
  }

  @Test
  void parametersAreNumberedForANativeQuery() {
    assertEquals("a = ?1 AND b IN (?2, ?3)", ListQuery.numbered("a = ? AND b IN (?, ?)"));
  }

  @Test
  void aConditionNeedsAValueForEachPlaceholder() {
    assertThrows(IllegalArgumentException.class, () -> new ListQuery("t x").where("x.a = ?"));
  }

  @Test
  void rowsComeBackInTheOrderOfTheIds() {
    Map<Long, String> rows = Map.of(1L, "one", 2L, "two", 3L, "three");
    List<String> loaded =
        ListQuery.inOrder(
            List.of(3L, 1L, 2L),
            ids -> List.of("one", "two", "three"),
            row ->
                rows.entrySet().stream()
                    .filter(e -> e.getValue().equals(row))
                    .findFirst()
                    .orElseThrow()
                    .getKey());
    assertEquals(List.of("three", "one", "two"), loaded);
  }
}
