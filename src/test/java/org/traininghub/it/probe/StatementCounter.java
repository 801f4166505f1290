package org.traininghub.it.probe;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Deployed in tests only (see {@code TestWar}), named in the test data source's URL ({@code
 * queryInterceptors=}): counts the SQL statements the current thread sends while {@link #start}ed.
 * Other threads (the mail dispatcher, retention jobs) are not counted, so a count is one request's.
 */
public class StatementCounter implements QueryInterceptor {

  private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

  /** Counts this thread's statements from now on. */
  public static void start() {
    STATEMENTS.set(new ArrayList<>());
  }

  /** The statements this thread sent since {@link #start}, and stops counting. */
  public static List<String> stop() {
    List<String> sent = STATEMENTS.get();
    STATEMENTS.remove();
    return sent == null ? List.of() : sent;
  }

  @Override
  public QueryInterceptor init(MysqlConnection conn, Properties props, Log log) {
    return this;
  }

  @Override
  public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
    List<String> sent = STATEMENTS.get();
    if (sent != null) {
      sent.add(sql.get());
    }
    return null;
  }

  @Override
  public boolean executeTopLevelOnly() {
    return true;
  }

  @Override
  public void destroy() {
    // nothing held
  }

  @Override
  public <T extends Resultset> T postProcess(
      Supplier<String> sql, Query interceptedQuery, T originalResultSet, ServerSession session) {
    return null;
  }
}
