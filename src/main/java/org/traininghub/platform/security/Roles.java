package org.traininghub.platform.security;

/** The role names as constants, for {@code @RolesAllowed} and {@code isCallerInRole}. */
public final class Roles {

  public static final String COACH = "coach";
  public static final String HUB_ADMIN = "hub-admin";
  public static final String PCN_LEAD = "pcn-lead";

  private Roles() {}
}
