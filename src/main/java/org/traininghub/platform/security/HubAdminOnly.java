package org.traininghub.platform.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A boundary method only hub admins may call. Superseded by {@code @Allowed(Role.HUB_ADMIN)}, which
 * says the same for any role; left only for the mail outbox's facade until it moves to its own
 * component, then removed with {@link HubAdminGuard}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface HubAdminOnly {}
