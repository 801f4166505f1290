package org.traininghub.pcns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.traininghub.platform.security.Role;

class PcnScopeTest {

  @Test
  void aPcnLeadSeesOnlyTheirOwnPcnsRows() {
    PcnScope scope = PcnScope.of(Role.PCN_LEAD, 7L);
    assertEquals(" AND b.coach.pcn.id = :scopePcn", scope.and("b.coach.pcn.id"));
    assertTrue(scope.covers(7L));
    assertFalse(scope.covers(8L));
    assertFalse(scope.covers(null));
    assertEquals(Optional.of(7L), scope.onlyPcn());
  }

  @Test
  void aHubAdminSeesEveryPcnsRows() {
    PcnScope scope = PcnScope.of(Role.HUB_ADMIN, null);
    assertEquals("", scope.and("b.coach.pcn.id"));
    assertTrue(scope.covers(8L));
    assertTrue(scope.covers(null));
    assertEquals(Optional.empty(), scope.onlyPcn());
  }

  @Test
  void aCoachIsRefused() {
    assertThrows(EJBAccessException.class, () -> PcnScope.of(Role.COACH, 7L));
  }

  @Test
  void aPcnLeadWithoutAPcnIsRefusedRatherThanShownEveryPcn() {
    assertThrows(EJBAccessException.class, () -> PcnScope.of(Role.PCN_LEAD, null));
  }
}
