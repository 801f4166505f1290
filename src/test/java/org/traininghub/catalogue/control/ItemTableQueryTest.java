package org.traininghub.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.traininghub.catalogue.control.ItemTableQuery.Column;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.paging.PageRequest;

class ItemTableQueryTest {

  private static ItemTableQuery filter(String text) {
    return new ItemTableQuery(text, Column.TITLE, false, new PageRequest(1, 20));
  }

  @Test
  void aColumnTheTableDoesNotHaveSortsByTitle() {
    assertEquals(Column.KIND, Column.byField("kind"));
    assertEquals(Column.UPDATED, Column.byField("updatedAt"));
    assertEquals(Column.TITLE, Column.byField("summary; DROP TABLE catalogue_item"));
    assertEquals(Column.TITLE, Column.byField(null));
  }

  @Test
  void theTextMatchesKindsByTheirLabelInAnyCapitals() {
    assertEquals(List.of(ItemKind.EVENT_SERIES), filter("  HUB event ").kindsMatching());
    assertEquals(
        List.of(ItemKind.ACCREDITED_COURSE, ItemKind.PCI_MODULE), filter("pci").kindsMatching());
  }

  @Test
  void theTextMatchesTheStatusWordsTheTableShows() {
    assertTrue(filter("retir").matchesRetired());
    assertFalse(filter("retir").matchesListed());
    assertTrue(filter("LIST").matchesListed());
    assertFalse(filter("").matchesListed(), "no text filters nothing");
    assertFalse(filter(null).filtered());
  }

  @Test
  void kindsSortByTheirLabelsAsShown() {
    assertEquals(
        List.of(
            ItemKind.ELEARNING,
            ItemKind.EVENT_SERIES,
            ItemKind.PCI_MODULE,
            ItemKind.ACCREDITED_COURSE,
            ItemKind.RESOURCE),
        ItemTableQuery.kindsByLabel());
  }
}
