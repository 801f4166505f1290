package org.traininghub.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.traininghub.catalogue.control.CatalogueQuery;
import org.traininghub.platform.paging.ListQueries;
import org.traininghub.platform.paging.ListQuery;
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
        CatalogueQuery.parse("coaching x') OR 1=1 --", null, null, null, null, null).query();
    ListQuery list = new CatalogueSearch(query, false).list();
    String sql = ListQueries.idsSql(list);
    assertFalse(sql.contains("1=1") || sql.contains("x')"), sql);
    assertTrue(sql.contains("MATCH (i.title, i.summary, i.provider) AGAINST (?"), sql);
    assertTrue(sql.contains("i.title LIKE ? ESCAPE"), sql);
  }

  @Test
  void aSearchIsInBestMatchOrderUnlessAnotherIsAsked() {
    CatalogueQuery query = CatalogueQuery.parse("coaching", null, null, null, null, null).query();
    assertTrue(
        ListQueries.idsSql(new CatalogueSearch(query, false).list())
            .contains(
                "ORDER BY MATCH (i.title, i.summary, i.provider) AGAINST (? IN BOOLEAN MODE) DESC,"
                    + " i.id DESC LIMIT"));
    CatalogueQuery byTitle =
        CatalogueQuery.parse("coaching", null, null, null, "title", null).query();
    assertTrue(
        ListQueries.idsSql(new CatalogueSearch(byTitle, false).list())
            .contains("ORDER BY i.title, i.id"));
  }

  @Test
  void retiredItemsAreLeftOutUnlessAskedFor() {
    assertTrue(
        ListQueries.idsSql(new CatalogueSearch(CatalogueQuery.ALL, false).list())
            .contains("retired_at IS NULL"));
    assertFalse(
        ListQueries.idsSql(new CatalogueSearch(CatalogueQuery.ALL, true).list())
            .contains("retired_at"));
  }
}
