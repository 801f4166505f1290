package org.traininghub.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs a timer's work in a transaction of its own. A timeout method that is itself transactional
 * and ends with its transaction rolled back counts as a failed delivery: the EJB container tries
 * once more and then removes the timer for good (EJB5119 "Expunging timer"), so a database outage
 * longer than the retry would stop the retention jobs and the event reminders until a restart. With
 * the timeout {@code NOT_SUPPORTED} and its work here, a failed run rolls back only its own
 * transaction, and the timer's next run tries again.
 */
@ApplicationScoped
public class OwnTransaction {

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void run(Runnable work) {
    work.run();
  }
}
