package org.traininghub.platform.security;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.traininghub.accounts.entity.Roles;

/**
 * Refuses a {@link HubAdminOnly} call unless it comes from a web request by a signed-in hub admin.
 * The web container's answer is used: in an EJB, Payara 6 answers "not in role" for Jakarta
 * Security groups even to {@code SecurityContext.isCallerInRole}.
 */
@HubAdminOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class HubAdminGuard {

  @Inject Caller caller;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    if (!callerIsHubAdmin()) {
      throw new EJBAccessException("Only hub admins may call " + invocation.getMethod().getName());
    }
    return invocation.proceed();
  }

  private boolean callerIsHubAdmin() {
    return caller.isIn(Roles.HUB_ADMIN);
  }
}
