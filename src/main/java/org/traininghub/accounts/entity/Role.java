package org.traininghub.accounts.entity;

/** What a person may do in the portal; each role's name is its Jakarta Security group. */
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

  public String roleName() {
    return roleName;
  }

  public String label() {
    return label;
  }
}
