package org.traininghub.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles; which URLs need which role is declared in {@code web.xml}, and the boundaries check
 * again through {@link Allowed}. How people sign in is {@code
 * org.traininghub.accounts.boundary.SessionAuthentication}.
 */
@DeclareRoles({Roles.COACH, Roles.HUB_ADMIN, Roles.PCN_LEAD})
@ApplicationScoped
public class WebSecurity {}
