package org.traininghub.platform.security;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;

/** Refuses a call to an {@link Allowed} method unless the caller has one of its roles. */
@Allowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class AllowedRoles {

  @Inject CurrentAccount caller;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    Role[] roles = rolesFor(invocation.getMethod());
    if (!caller.isAnyOf(roles)) {
      throw new EJBAccessException(
          "Only "
              + Arrays.toString(roles)
              + " may call "
              + invocation.getMethod().getDeclaringClass().getSimpleName()
              + "."
              + invocation.getMethod().getName());
    }
    return invocation.proceed();
  }

  /** The method's own {@link Allowed}, else its class's; none allows nobody. */
  static Role[] rolesFor(Method method) {
    Allowed allowed = method.getAnnotation(Allowed.class);
    if (allowed == null) {
      allowed = method.getDeclaringClass().getAnnotation(Allowed.class);
    }
    return allowed == null ? new Role[0] : allowed.value();
  }
}
