package org.traininghub.platform.security;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Refuses a {@link HubAdminOnly} call unless a hub admin makes it: the same check as {@code
 * Allowed(Role.HUB_ADMIN)}, kept only until the mail component's facade carries {@link Allowed}.
 */
@HubAdminOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class HubAdminGuard {

  @Inject CurrentAccount caller;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    if (!caller.isAnyOf(Role.HUB_ADMIN)) {
      throw new EJBAccessException("Only hub admins may call " + invocation.getMethod().getName());
    }
    return invocation.proceed();
  }
}
