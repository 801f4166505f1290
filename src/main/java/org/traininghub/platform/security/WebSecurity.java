package org.traininghub.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.traininghub.accounts.entity.Roles;

/**
 * Form sign-in through the portal's own sign-in page; which URLs need which role is declared in
 * {@code web.xml}, and the facades repeat it with {@code @RolesAllowed}.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/signin.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.COACH, Roles.HUB_ADMIN, Roles.PCN_LEAD})
@ApplicationScoped
public class WebSecurity {}
