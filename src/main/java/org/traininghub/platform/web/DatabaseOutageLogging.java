package org.traininghub.platform.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Filter;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.traininghub.platform.database.DatabaseOutageLog;
import org.traininghub.platform.database.HubDatabase;

/**
 * Puts {@link DatabaseOutageLog}'s filter on the loggers that would otherwise log a trace per
 * failure while the database is away, and looks every two seconds whether an outage has ended.
 * Everything is put back when the portal stops.
 */
@WebListener
public class DatabaseOutageLogging implements ServletContextListener {

  private static final long CHECK_SECONDS = 2;

  @Resource(lookup = HubDatabase.JNDI_NAME)
  private DataSource dataSource;

  @Resource private ManagedScheduledExecutorService scheduler;

  private final Map<String, Filter> previous = new HashMap<>();
  private ScheduledFuture<?> check;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    for (String name : DatabaseOutageLog.PER_FAILURE_LOGGERS) {
      Logger logger = Logger.getLogger(name);
      previous.put(name, logger.getFilter());
      logger.setFilter(DatabaseOutageLog.filter(logger.getFilter()));
    }
    check =
        scheduler.scheduleWithFixedDelay(
            () -> DatabaseOutageLog.checkBack(dataSource),
            CHECK_SECONDS,
            CHECK_SECONDS,
            TimeUnit.SECONDS);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (check != null) {
      check.cancel(false);
    }
    previous.forEach((name, filter) -> Logger.getLogger(name).setFilter(filter));
  }
}
