package org.traininghub.platform.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a boundary method (or every method of a class; a method's own annotation
 * wins). Checked by {@link AllowedRoles} against {@link CurrentAccount}, whatever the URL
 * constraints say: Payara 6 does not map Jakarta Security groups to {@code @RolesAllowed} on EJBs
 * deployed in a WAR ("Client not authorized for this invocation"; payara/Payara#6819).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

  /** Who may call; anyone else, or nobody signed in, gets an {@code EJBAccessException}. */
  @Nonbinding
  Role[] value();
}
