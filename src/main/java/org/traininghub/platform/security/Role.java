package org.traininghub.platform.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person may do in the portal; each role's name is its Jakarta Security group. In platform,
 * so that every component can say who may call it ({@link Allowed}) without depending on accounts.
 */
public enum Role {
  COACH(Roles.COACH, "Coach"),
  HUB_ADMIN(Roles.HUB_ADMIN, "Hub admin"),
  PCN_LEAD(Roles.PCN_LEAD, "PCN lead");

  private final String roleName;
  private final String label;

  Role(String roleName, String label) {
    this.roleName = roleName;
    this.label = label;
  }

  /** The role whose group name is {@code roleName}, if there is one. */
  public static Optional<Role> named(String roleName) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst();
  }

  public String roleName() {
    return roleName;
  }

  public String label() {
    return label;
  }
}
