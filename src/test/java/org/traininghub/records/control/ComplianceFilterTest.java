package org.traininghub.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplianceFilterTest {

  @Test
  void theExportLinkRepeatsTheFiltersThePageRead() {
    Map<String, String> params =
        Map.of("pcn", "7", "overdue", "true", "q", "ann lee", "sort", "pcn", "dir", "desc");
    ComplianceFilter filter = ComplianceFilter.of(params::get);
    assertEquals("?pcn=7&overdue=true&q=ann+lee&sort=pcn&dir=desc", filter.queryString(null));
    assertEquals("?page=2&pcn=7&overdue=true&q=ann+lee&sort=pcn&dir=desc", filter.queryString(2));
  }

  @Test
  void valuesTheFormDoesNotOfferAreLeftOut() {
    Map<String, String> params =
        Map.of("pcn", "1 OR 1=1", "overdue", "yes", "sort", "a.email", "dir", "up");
    ComplianceFilter filter = ComplianceFilter.of(params::get);
    assertNull(filter.pcnId());
    assertFalse(filter.byStatus());
    assertEquals(ComplianceOrder.NAME, filter.order());
    assertEquals("", filter.queryString(null));
  }

  @Test
  void theStatusFiltersPickOverdueAndUnmetRows() {
    ComplianceRow overdue = new ComplianceRow(1, "A", null, true, true, List.of(Status.OVERDUE));
    ComplianceRow unmet = new ComplianceRow(2, "B", null, false, false, List.of());
    ComplianceFilter both = new ComplianceFilter(null, true, true, "", null, false, null);
    assertTrue(both.byStatus());
    assertFalse(both.admits(overdue));
    assertFalse(both.admits(unmet));
    assertTrue(new ComplianceFilter(null, true, false, "", null, false, null).admits(overdue));
    assertTrue(new ComplianceFilter(null, false, true, "", null, false, null).admits(unmet));
    assertEquals(List.of("B", "", "Not met"), unmet.cells());
  }
}
