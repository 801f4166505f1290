package org.traininghub.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Flyway owns the schema
 * (EclipseLink generates no DDL); its MySQL lock keeps two instances starting together apart.
 *
 * <p>The data source is the application's own: its URL and credentials come from MicroProfile
 * Config, so environment variables such as {@code HUB_DB_URL} override them.
 */
@DataSourceDefinition(
    name = HubDatabase.JNDI_NAME,
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=hub.db.url}",
    user = "${MPCONFIG=hub.db.user}",
    password = "${MPCONFIG=hub.db.password}",
    minPoolSize = 2,
    maxPoolSize = 40,
    // READ COMMITTED: a locking read (the mail dispatcher's SELECT ... FOR UPDATE SKIP LOCKED)
    // then locks only the rows it returns, not the gaps between them, so it never deadlocks with
    // a transaction inserting new outbox rows. The code relies on optimistic versions and explicit
    // row locks, not on repeatable reads.
    isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
    properties = {
      // Validate a pooled connection each time it is handed out, and drop every pooled connection
      // once one fails: after the database restarts, the next request gets a new connection
      // instead of a dead one, so the portal recovers by itself (DatabaseOutageIT). The check is
      // JDBC's Connection.isValid, which Connector/J answers with the protocol's ping (COM_PING):
      // one small packet each way and nothing for the server to parse. Payara's
      // MySQLConnectionValidation ran SELECT 1 instead, a statement of its own at every borrow,
      // that is once a page and once a mail sent (docs/performance.md).
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.is-isolation-level-guaranteed=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.connection-creation-retry-attempts=0",
      "fish.payara.max-wait-time-in-millis=10000",
      "fish.payara.statement-cache-size=64",
      // Payara's built-in fixed cache (the first 64 statements of a connection stay cached). With
      // no type (an empty one is dropped too), a data source defined by annotation looks for a
      // class named "null", logs two SEVERE lines at every start (issue 13) and caches nothing.
      "fish.payara.statement-cache-type=FIXED",
      // Connector/J: skip round trips for session state it already knows (autocommit, isolation),
      // and parse each statement's SQL once, not on every execution.
      "useLocalSessionState=true",
      // A database host that does not answer fails a page within seconds (then 503, "briefly
      // unavailable") instead of holding the request until the operating system gives up.
      "connectTimeout=3000",
      "socketTimeout=30000",
      "cacheServerConfiguration=true",
      "cachePrepStmts=true",
      "prepStmtCacheSize=250",
      "prepStmtCacheSqlLimit=2048"
    })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = HubDatabase.JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + (result.targetSchemaVersion == null
                    ? result.initialSchemaVersion
                    : result.targetSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
