package org.traininghub.platform.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class AllowedRolesTest {

  @Allowed(Role.HUB_ADMIN)
  static class Facade {

    public void classRule() {}

    @Allowed({Role.COACH, Role.PCN_LEAD})
    public void ownRule() {}
  }

  static class Unmarked {
    public void nothing() {}
  }

  @Test
  void aMethodWithoutItsOwnRuleTakesItsClasss() throws Exception {
    assertArrayEquals(
        new Role[] {Role.HUB_ADMIN}, AllowedRoles.rolesFor(Facade.class.getMethod("classRule")));
  }

  @Test
  void aMethodsOwnRuleWins() throws Exception {
    assertArrayEquals(
        new Role[] {Role.COACH, Role.PCN_LEAD},
        AllowedRoles.rolesFor(Facade.class.getMethod("ownRule")));
  }

  @Test
  void noRuleAllowsNobody() throws Exception {
    assertArrayEquals(new Role[0], AllowedRoles.rolesFor(Unmarked.class.getMethod("nothing")));
  }
}
