package org.traininghub.platform.database;

import jakarta.ejb.EJBException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by the database being away (stopped, restarting, unreachable, or the pool
 * unable to hand out a connection) from any other failure. The cause usually arrives wrapped
 * several times over (Faces, servlet, EJB, JPA, the pool), so the whole cause chain is searched.
 */
public final class DatabaseUnavailable {

  /** SQLSTATE class 08: connection exception (SQL standard; Connector/J uses 08001, 08S01). */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  private DatabaseUnavailable() {}

  /** Whether {@code failure}, or anything that caused it, says the database cannot be reached. */
  public static boolean causedBy(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> next = new ArrayDeque<>();
    if (failure != null) {
      next.add(failure);
    }
    while (!next.isEmpty()) {
      Throwable t = next.poll();
      if (!seen.add(t)) {
        continue;
      }
      if (isConnectionFailure(t)) {
        return true;
      }
      if (t.getCause() != null) {
        next.add(t.getCause());
      }
      if (t instanceof EJBException ejb && ejb.getCausedByException() != null) {
        next.add(ejb.getCausedByException());
      }
      if (t instanceof SQLException sql && sql.getNextException() != null) {
        next.add(sql.getNextException());
      }
    }
    return false;
  }

  private static boolean isConnectionFailure(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException) {
      return true;
    }
    if (t instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
      return true;
    }
    // The container's pool could not allocate a connection (it could not open one, or none was
    // free in time): for the person at the screen, the database is away either way.
    return t instanceof ResourceException;
  }
}
