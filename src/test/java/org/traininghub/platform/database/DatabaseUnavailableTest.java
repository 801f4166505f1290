package org.traininghub.platform.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.exceptions.CommunicationsException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aDeadConnectionDeepInTheChainIsTheDatabaseBeingAway() {
    CommunicationsException dead =
        new CommunicationsException("Communications link failure", new ConnectException());
    Exception page =
        new ServletException(
            new FacesException(
                new ELException(
                    new EJBException(new PersistenceException("Exception [EclipseLink]", dead)))));
    assertTrue(DatabaseUnavailable.causedBy(page));
  }

  @Test
  void thePoolUnableToAllocateAConnectionIsTheDatabaseBeingAway() {
    SQLException pool =
        new SQLException(
            "Error in allocating a connection",
            new ResourceAllocationException("Connection could not be allocated"));
    assertTrue(DatabaseUnavailable.causedBy(new EJBException(new PersistenceException(pool))));
  }

  @Test
  void connectionExceptionsAreKnownByClassOrSqlState() {
    assertTrue(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("timed out")));
    assertTrue(DatabaseUnavailable.causedBy(new SQLException("link failure", "08S01")));
    SQLException batch = new SQLException("batch failed", "HY000");
    batch.setNextException(new SQLException("connection lost", "08003"));
    assertTrue(DatabaseUnavailable.causedBy(batch));
  }

  @Test
  void aCauseOnlyAnEjbExceptionKnowsIsFound() {
    EJBException ejb = new EJBException("failed", new SQLException("refused", "08001"));
    assertTrue(DatabaseUnavailable.causedBy(new FacesException(ejb)));
  }

  @Test
  void otherFailuresAreNot() {
    assertFalse(DatabaseUnavailable.causedBy(null));
    assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("a bug")));
    assertFalse(
        DatabaseUnavailable.causedBy(
            new EJBException(
                new PersistenceException(
                    new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))));
    assertFalse(DatabaseUnavailable.causedBy(new OptimisticLockException("changed meanwhile")));
    assertFalse(DatabaseUnavailable.causedBy(new SQLException("syntax", "42000")));
  }

  @Test
  void aCauseChainThatLoopsEnds() {
    Exception a = new Exception("a");
    Exception b = new Exception("b", a);
    a.initCause(b);
    assertFalse(DatabaseUnavailable.causedBy(a));
  }
}
