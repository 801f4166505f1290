package org.traininghub.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.traininghub.catalogue.control.ItemTableQuery;
import org.traininghub.catalogue.control.ItemTableQuery.Column;
import org.traininghub.platform.paging.ListQueries;
import org.traininghub.platform.paging.PageRequest;

/** The admins' catalogue table reads its pages through the shared {@code ListQuery}. */
class ItemTableSearchTest {

  private static String idsSql(String filter, Column column, boolean descending) {
    return ListQueries.idsSql(
        new ItemTableSearch(new ItemTableQuery(filter, column, descending, new PageRequest(1, 20)))
            .list());
  }

  @Test
  void everyItemInTitleOrderWhenNothingIsAsked() {
    assertEquals(
        "SELECT i.id FROM catalogue_item i ORDER BY i.title, i.id LIMIT ? OFFSET ?",
        idsSql("", Column.TITLE, false));
  }

  @Test
  void theTextIsBoundAndMatchesTitleProviderKindsAndStatus() {
    String sql = idsSql("x') OR 1=1 -- retired pci", Column.TITLE, false);
    assertFalse(sql.contains("1=1"), sql);
    assertTrue(sql.contains("(i.title LIKE ? ESCAPE '!' OR i.provider LIKE ? ESCAPE '!'"), sql);
    String kinds = idsSql("pci", Column.TITLE, false);
    assertTrue(kinds.contains("OR i.kind IN (?, ?))"), kinds);
    String retired = idsSql("RETIR", Column.TITLE, false);
    assertTrue(retired.contains("OR i.retired_at IS NOT NULL)"), retired);
  }

  @Test
  void kindsSortByTheirLabelsEitherWay() {
    String sql = idsSql("", Column.KIND, true);
    assertTrue(
        sql.contains(
            "ORDER BY CASE i.kind WHEN 'ELEARNING' THEN 0 WHEN 'EVENT_SERIES' THEN 1"
                + " WHEN 'PCI_MODULE' THEN 2 WHEN 'ACCREDITED_COURSE' THEN 3"
                + " WHEN 'RESOURCE' THEN 4 ELSE 5 END DESC, i.title DESC, i.id DESC"),
        sql);
    assertTrue(
        idsSql("", Column.UPDATED, false).contains("ORDER BY i.updated_at, i.id LIMIT"),
        "last changed");
  }
}
