package org.traininghub.pcns.control;

import jakarta.ejb.EJBAccessException;
import jakarta.persistence.TypedQuery;
import java.util.Optional;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;

/**
 * Which PCNs' rows a caller may see, the one rule for every list and report: a PCN lead their own
 * PCN's rows only, a hub admin every PCN's, and anyone else none (refused). A facade adds {@link
 * #and} to its JPQL conditions, naming the path of the row's PCN id, and {@link #bind}s the query;
 * a single row read by id is checked with {@link #covers}.
 *
 * <pre>{@code
 * PcnScope scope = PcnScope.of(caller);
 * em.createQuery("SELECT b FROM Booking b WHERE b.event.id = :e" + scope.and("b.coach.pcn.id"), ...)
 * }</pre>
 */
public final class PcnScope {

  static final String PARAMETER = "scopePcn";

  /** The one PCN the caller sees; null: every PCN. */
  private final Long pcnId;

  private PcnScope(Long pcnId) {
    this.pcnId = pcnId;
  }

  /**
   * The scope of the signed-in caller.
   *
   * @throws EJBAccessException for anyone but a hub admin or a PCN lead with a PCN
   */
  public static PcnScope of(CurrentAccount caller) {
    Role role = caller.role();
    return of(role, role == Role.PCN_LEAD ? caller.pcnId() : null);
  }

  /** The scope of a caller with {@code role}, leading {@code leadsPcn} when a PCN lead. */
  public static PcnScope of(Role role, Long leadsPcn) {
    return switch (role) {
      case HUB_ADMIN -> new PcnScope(null);
      case PCN_LEAD -> {
        if (leadsPcn == null) {
          throw new EJBAccessException("This PCN lead has no PCN, so sees no PCN's rows");
        }
        yield new PcnScope(leadsPcn);
      }
      case COACH -> throw new EJBAccessException("Coaches see no PCN's rows but their own");
    };
  }

  /**
   * The JPQL condition to append after a {@code WHERE} clause: {@code AND <pcnIdPath> = :scopePcn}
   * for a PCN lead, nothing for a hub admin.
   */
  public String and(String pcnIdPath) {
    return pcnId == null ? "" : " AND " + pcnIdPath + " = :" + PARAMETER;
  }

  /** Binds the parameter {@link #and} added, if it added one. */
  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    return pcnId == null ? query : query.setParameter(PARAMETER, pcnId);
  }

  /** Whether a row of the PCN {@code rowPcnId} (null: of no PCN) is in scope. */
  public boolean covers(Long rowPcnId) {
    return pcnId == null || pcnId.equals(rowPcnId);
  }

  /** The one PCN in scope, for a PCN lead; empty for a hub admin, who sees every PCN. */
  public Optional<Long> onlyPcn() {
    return Optional.ofNullable(pcnId);
  }
}
