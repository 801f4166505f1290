package org.traininghub.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.traininghub.catalogue.control.CatalogueQuery;
import org.traininghub.platform.persistence.Like;

class CatalogueSearchTest {

  @Test
  void wildcardsInSearchTextMatchThemselvesOnly() {
    assertEquals("100!% funded", Like.escape("100% funded"));
    assertEquals("core!_skills", Like.escape("core_skills"));
    assertEquals("wow!!", Like.escape("wow!"));
  }

  @Test
  void everySearchWordIsABoundParameterNotText() {
    CatalogueQuery query =
        CatalogueQuery.parse("x') OR 1=1 --", null, null, null, null, null).query();
    String where = new CatalogueSearch(query, false).where();
    assertFalse(where.contains("OR 1=1"), where);
    assertTrue(where.contains(":t0") && where.contains(":t3"), where);
  }

  @Test
  void retiredItemsAreLeftOutUnlessAskedFor() {
    assertTrue(
        new CatalogueSearch(CatalogueQuery.ALL, false).where().contains("retiredAt IS NULL"));
    assertFalse(new CatalogueSearch(CatalogueQuery.ALL, true).where().contains("retiredAt"));
  }
}
