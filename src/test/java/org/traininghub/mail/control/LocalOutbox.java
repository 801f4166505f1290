package org.traininghub.mail.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.traininghub.it.Schemas;
import org.traininghub.launch.EmbeddedDatabase;

/**
 * The outbox of portal instances without the server around them: a schema of its own on the test
 * stack's MariaDB server, brought to the portal's schema by Flyway (the portal's migrations), and
 * the mail component's own control classes ({@link MailDispatcher}, {@link OutboxClaims}, {@link
 * SmtpMailer}) wired by hand, each claim move in a transaction of its own as the container runs it.
 * Several dispatchers made here share one outbox, as portal instances do, and the portal's own
 * dispatcher never sees it.
 */
final class LocalOutbox implements AutoCloseable {

  private final String schema;
  private final String url;
  private final EntityManagerFactory jpa;
  private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

  private LocalOutbox(String schema, String url, EntityManagerFactory jpa) {
    this.schema = schema;
    this.url = url;
    this.jpa = jpa;
  }

  /** An empty schema {@code schema}, brought to the portal's version. */
  static LocalOutbox start(String schema) {
    String url = Schemas.createEmpty(schema);
    Flyway.configure()
        .dataSource(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    EntityManagerFactory jpa =
        Persistence.createEntityManagerFactory(
            "hub",
            Map.of(
                "jakarta.persistence.transactionType",
                "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource",
                "",
                "jakarta.persistence.jdbc.driver",
                "com.mysql.cj.jdbc.Driver",
                // READ COMMITTED, as the portal's data source runs
                "jakarta.persistence.jdbc.url",
                url + "&sessionVariables=transaction_isolation='READ-COMMITTED'",
                "jakarta.persistence.jdbc.user",
                EmbeddedDatabase.USER,
                "jakarta.persistence.jdbc.password",
                EmbeddedDatabase.PASSWORD));
    return new LocalOutbox(schema, url, jpa);
  }

  Connection connect() throws SQLException {
    return Schemas.connect(url);
  }

  /**
   * The claims, shared by any number of threads: every call runs in a new transaction on an entity
   * manager of its own, as {@code REQUIRES_NEW} on the stateless bean does in the server.
   */
  OutboxClaims claims() {
    OutboxClaims claims =
        new OutboxClaims() {
          @Override
          public List<Claimed> claim(String claimer, Instant now, Instant leaseUntil, int limit) {
            return inTransaction(() -> super.claim(claimer, now, leaseUntil, limit));
          }

          @Override
          public boolean hold(Claimed claimed, Instant now, Instant leaseUntil) {
            return inTransaction(() -> super.hold(claimed, now, leaseUntil));
          }

          @Override
          public int renew(List<Claimed> rows, Instant now, Instant leaseUntil) {
            return inTransaction(() -> super.renew(rows, now, leaseUntil));
          }

          @Override
          public int giveBack(List<Claimed> rows, Instant now) {
            return inTransaction(() -> super.giveBack(rows, now));
          }

          @Override
          public void sent(Claimed claimed, Instant now) {
            inTransaction(
                () -> {
                  super.sent(claimed, now);
                  return null;
                });
          }

          @Override
          public void failed(Claimed claimed, String error, Instant nextAttempt, boolean dead) {
            inTransaction(
                () -> {
                  super.failed(claimed, error, nextAttempt, dead);
                  return null;
                });
          }
        };
    claims.em =
        (EntityManager)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                  try {
                    return method.invoke(current.get(), args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return claims;
  }

  private <T> T inTransaction(Supplier<T> work) {
    EntityManager em = jpa.createEntityManager();
    current.set(em);
    try {
      em.getTransaction().begin();
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      current.remove();
      em.close();
    }
  }

  /**
   * A dispatcher as each portal instance runs one, claiming as {@code claimer} and sending to an
   * SMTP server on loopback without TLS, with a lease of {@code leaseSeconds}.
   */
  MailDispatcher dispatcher(String claimer, int smtpPort, long leaseSeconds) {
    SmtpMailer mailer =
        FakeSmtp.loopbackMailer(smtpPort, "Training Hub <no-reply@it.traininghub.example>");
    MailDispatcher dispatcher = new MailDispatcher();
    dispatcher.claims = claims();
    dispatcher.mailer = mailer;
    dispatcher.templates = new MailTemplates();
    dispatcher.clock = Clock.systemUTC();
    dispatcher.claimer = claimer;
    dispatcher.scheduler = scheduler;
    dispatcher.batchSize = 20;
    dispatcher.leaseSeconds = leaseSeconds;
    dispatcher.retrySeconds = 60;
    dispatcher.maxAttempts = 8;
    return dispatcher;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    jpa.close();
    Schemas.drop(schema);
  }
}
