package org.traininghub.platform.database;

/** Names shared by everything that reaches the portal's one database. */
public final class HubDatabase {

  /** The application-scoped data source, defined on {@link SchemaMigration}. */
  public static final String JNDI_NAME = "java:app/jdbc/hub";

  private HubDatabase() {}
}
