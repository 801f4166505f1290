package org.traininghub.platform.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A boundary method only hub admins may call. Checked by {@link HubAdminGuard}, because Payara 6
 * does not map Jakarta Security groups to {@code @RolesAllowed} on EJBs deployed in a WAR ("Client
 * not authorized for this invocation").
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface HubAdminOnly {}
