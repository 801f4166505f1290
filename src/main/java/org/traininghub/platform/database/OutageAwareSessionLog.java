package org.traininghub.platform.database;

import org.eclipse.persistence.logging.JavaLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's log as Payara's (java.util.logging, the same logger names and levels), except that
 * an entry about the database being away is counted by {@link DatabaseOutageLog}, which logs the
 * outage once, instead of written with its stack trace on every failed call. Every other entry,
 * warnings with their traces included, is logged as before. Named in persistence.xml ({@code
 * eclipselink.logging.logger}).
 */
public class OutageAwareSessionLog extends JavaLog {

  @Override
  public void log(SessionLogEntry entry) {
    if (entry.hasException() && DatabaseUnavailable.causedBy(entry.getException())) {
      DatabaseOutageLog.failed("EclipseLink: " + DatabaseOutageLog.innermost(entry.getException()));
      return;
    }
    super.log(entry);
  }
}
