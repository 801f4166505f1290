package org.traininghub.platform.database;

import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Every enterprise bean's default interceptor (WEB-INF/ejb-jar.xml), so that the EJB container does
 * not log a stack trace per call while the database is away (AS-EJB-00056; the outage is logged
 * once by {@link DatabaseOutageLog}):
 *
 * <ul>
 *   <li>a call that failed because of it leaves the bean as {@link DatabaseAway}, an application
 *       exception that rolls the transaction back, and the caller handles it as before (the 503
 *       page, a form kept on screen);
 *   <li>a timeout (the mail tick, reminders, retention) that failed because of it is counted, its
 *       transaction (if it has one) rolled back, and the timer's next run tries again (the
 *       reminders and retention run in {@link OwnTransaction}, so that their timers are never
 *       removed for a failed delivery).
 * </ul>
 *
 * Any other failure goes on as it was.
 */
public class DatabaseAwayAtTheBoundary {

  @Resource TransactionSynchronizationRegistry transaction;

  @AroundInvoke
  Object call(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (DatabaseAway e) {
      throw e;
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.causedBy(e)) {
        throw new DatabaseAway(e);
      }
      throw e;
    }
  }

  @AroundTimeout
  Object timeout(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e)) {
        throw e;
      }
      DatabaseOutageLog.failed(
          invocation.getTarget().getClass().getSimpleName() + "'s timer: " + e.getMessage());
      if (transaction.getTransactionKey() != null) {
        transaction.setRollbackOnly();
      }
      return null;
    }
  }
}
