package org.traininghub.platform.database;

import jakarta.ejb.ApplicationException;

/**
 * A call failed because the database is away ({@link DatabaseUnavailable}): what an enterprise bean
 * throws instead of the persistence exception it met ({@link DatabaseAwayAtTheBoundary}). As an
 * application exception it rolls the transaction back like any failure, but the EJB container does
 * not log it as a system exception with its stack trace (AS-EJB-00056) on every call while the
 * database is away; the outage is logged once by {@link DatabaseOutageLog}. The exception it
 * replaces is its cause, so {@link DatabaseUnavailable#causedBy} still recognises it.
 */
@ApplicationException(rollback = true)
public class DatabaseAway extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseAway(Throwable cause) {
    super("The database is unavailable: " + cause.getMessage(), cause, false, false);
  }
}
