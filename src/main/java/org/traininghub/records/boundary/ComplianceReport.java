package org.traininghub.records.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.traininghub.accounts.entity.AccountStatus;
import org.traininghub.pcns.control.PcnScope;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.persistence.FullText;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.time.HubClock;
import org.traininghub.records.control.ComplianceFilter;
import org.traininghub.records.control.ComplianceRow;
import org.traininghub.records.control.ComplianceSheet;
import org.traininghub.records.control.ComplianceTable;
import org.traininghub.records.control.Rule;
import org.traininghub.records.entity.Pathway;
import org.traininghub.records.entity.Requirement;

/**
 * The compliance report: a row per active coach (every coach for a hub admin, their own PCN's for a
 * PCN lead), a column per requirement of the pathway, each cell the coach's status today by {@link
 * org.traininghub.records.control.PathwayRules}. The database pages, searches and sorts the coaches
 * ({@link ListQuery}); the page's records are then read in six set-based statements ({@link
 * CoachRecords}), so a page costs the same few statements whatever the number of coaches. The
 * filters on statuses (overdue, conditions not met) read each coach's {@link
 * org.traininghub.records.control.ComplianceSummary} kept in the database ({@link
 * ComplianceSummaries}, brought up to date first for the coaches whose record changed); the exports
 * go through the coaches in chunks of {@link #CHUNK}.
 */
@Stateless
public class ComplianceReport {

  public static final int PAGE_SIZE = 25;

  /** Coaches read at a time by the exports and to bring summaries up to date. */
  static final int CHUNK = 1000;

  static final int SEARCH_WORDS = 6;

  @PersistenceContext EntityManager em;

  @Inject CurrentAccount caller;

  @Inject Clock clock;

  @Inject Instance<BookedItems> bookings;

  /** The columns and one page of rows. */
  public record Shown(List<ComplianceTable.Column> columns, Page<ComplianceRow> rows) {}

  /** Page {@code page} of the report for {@code filter}. */
  @Allowed({Role.HUB_ADMIN, Role.PCN_LEAD})
  public Shown page(ComplianceFilter filter, int page) {
    List<Requirement> requirements = requirements(filter.role());
    List<Rule> rules = rules(requirements);
    PageRequest request = PageRequest.of(page, PAGE_SIZE);
    LocalDate today = today();
    if (filter.byStatus()) {
      new ComplianceSummaries(em).bringUpToDate(coaches(filter), rules, today, bookings, CHUNK);
    }
    ListQuery coaches = coaches(filter);
    if (filter.overdueOnly()) {
      ComplianceSummaries.overdue(coaches, today);
    }
    if (filter.unmetOnly()) {
      ComplianceSummaries.unmet(coaches, today);
    }
    return new Shown(
        columns(requirements),
        coaches.page(
            em,
            request,
            ids -> new CoachRecords(em, bookings).rows(ids, rules, today),
            ComplianceRow::coachId));
  }

  /**
   * Writes the whole report for {@code filter} (every page) to {@code sheet}: the header, then the
   * rows as the page shows them, a chunk of coaches at a time.
   */
  @Allowed({Role.HUB_ADMIN, Role.PCN_LEAD})
  public void export(ComplianceFilter filter, ComplianceSheet sheet) {
    List<Requirement> requirements = requirements(filter.role());
    List<Rule> rules = rules(requirements);
    try {
      sheet.row(ComplianceTable.header(columns(requirements)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    each(
        coaches(filter),
        filter,
        rules,
        today(),
        row -> {
          try {
            sheet.row(row.cells());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The caller's PCN's name for a PCN lead; null for a hub admin. */
  @Allowed({Role.HUB_ADMIN, Role.PCN_LEAD})
  public String scopeName() {
    return PcnScope.of(caller)
        .onlyPcn()
        .map(id -> em.find(org.traininghub.pcns.entity.Pcn.class, id).getName())
        .orElse(null);
  }

  private void each(
      ListQuery coaches,
      ComplianceFilter filter,
      List<Rule> rules,
      LocalDate today,
      Consumer<ComplianceRow> sink) {
    CoachRecords records = new CoachRecords(em, bookings);
    for (int n = 1; ; n++) {
      List<Long> ids = coaches.ids(em, new PageRequest(n, CHUNK));
      ListQuery.inOrder(ids, chunk -> records.rows(chunk, rules, today), ComplianceRow::coachId)
          .stream()
          .filter(filter::admits)
          .forEach(sink);
      if (ids.size() < CHUNK) {
        return;
      }
    }
  }

  /**
   * The active coaches in the caller's scope that the filter's PCN and words pick, in its order.
   */
  private ListQuery coaches(ComplianceFilter filter) {
    PcnScope scope = PcnScope.of(caller);
    ListQuery list =
        new ListQuery("account a")
            .where("a.role = ?", Role.COACH.name())
            .where("a.status = ?", AccountStatus.ACTIVE.name())
            .where(JobRoles.COACH_ROLE_IS, filter.role());
    scope.onlyPcn().ifPresent(pcn -> list.where("a.pcn_id = ?", pcn));
    if (filter.pcnId() != null && scope.onlyPcn().isEmpty()) {
      list.where("a.pcn_id = ?", filter.pcnId());
    }
    FullText.of(FullText.words(filter.words(), SEARCH_WORDS), "a.display_name", "a.email")
        .addTo(list);
    return list.orderBy(filter.order(), filter.descending());
  }

  /** The roles with a pathway, by name: a report is for one of them at a time. */
  @Allowed({Role.HUB_ADMIN, Role.PCN_LEAD})
  public List<Pathway> roles() {
    return em.createNamedQuery(Pathway.ALL, Pathway.class).getResultList();
  }

  /** The pathway's requirements, in its order (one statement, the items fetched with it). */
  private List<Requirement> requirements(String role) {
    return em.createNamedQuery(Requirement.OF_ROLE, Requirement.class)
        .setParameter("role", role)
        .getResultList();
  }

  private static List<Rule> rules(List<Requirement> requirements) {
    return requirements.stream().map(Rule::of).toList();
  }

  private static List<ComplianceTable.Column> columns(List<Requirement> requirements) {
    return requirements.stream()
        .filter(r -> !r.isRetired())
        .map(
            r ->
                new ComplianceTable.Column(r.getCode(), r.getTitle(), r.isReimbursementCondition()))
        .toList();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(HubClock.HUB_ZONE));
  }
}
