package org.traininghub.records.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.records.control.ComplianceSummary;
import org.traininghub.records.control.Rule;
import org.traininghub.records.entity.CoachCompliance;

/**
 * The coaches' compliance summaries ({@link CoachCompliance}, {@link ComplianceSummary}) that the
 * compliance report's filters on statuses read: marked out of date by whatever changes a record
 * ({@link #touch}, {@link #touchAll}: one statement in that transaction), worked out again by the
 * report for the coaches in scope whose summary is out of date ({@link #bringUpToDate}: one
 * statement when none is, then seven per thousand that are), so that a filtered page costs the same
 * statements whatever the number of coaches once the summaries are there.
 */
final class ComplianceSummaries {

  private final EntityManager em;

  ComplianceSummaries(EntityManager em) {
    this.em = em;
  }

  /** Coach {@code coachId}'s record changed: their summary no longer holds. */
  void touch(long coachId) {
    em.createNativeQuery(CoachCompliance.TOUCH).setParameter(1, coachId).executeUpdate();
  }

  /** A pathway changed: no summary holds. */
  void touchAll() {
    em.createNativeQuery(CoachCompliance.TOUCH_ALL).executeUpdate();
  }

  /** The condition that a coach ({@code account a}) is overdue on {@code day}. */
  static ListQuery overdue(ListQuery coaches, LocalDate day) {
    return coaches.where(CoachCompliance.OVERDUE, Date.valueOf(day));
  }

  /** The condition that a coach ({@code account a}) does not meet a condition on {@code day}. */
  static ListQuery unmet(ListQuery coaches, LocalDate day) {
    return coaches.where(CoachCompliance.UNMET, Date.valueOf(day));
  }

  /**
   * Works out the summaries of {@code coaches} (a list over {@code account a}, which this adds a
   * condition to) that are not up to date on {@code today}, a chunk at a time.
   */
  void bringUpToDate(
      ListQuery coaches,
      List<Rule> rules,
      LocalDate today,
      Instance<BookedItems> bookings,
      int chunk) {
    ListQuery stale = coaches.where("NOT " + CoachCompliance.UP_TO_DATE, Date.valueOf(today));
    CoachRecords records = new CoachRecords(em, bookings);
    List<Long> before = List.of();
    while (true) {
      List<Long> ids = stale.ids(em, new PageRequest(1, chunk));
      if (ids.isEmpty() || ids.equals(before) || write(ids, records, rules, today) == 0) {
        return;
      }
      if (ids.size() < chunk) {
        return;
      }
      before = ids;
    }
  }

  /** Works out and writes the summaries of {@code ids}; the rows the database changed. */
  private int write(List<Long> ids, CoachRecords records, List<Rule> rules, LocalDate today) {
    Map<Long, Object[]> revisions = new HashMap<>();
    Query revisionsOf =
        em.createNativeQuery(
            CoachCompliance.REVISIONS
                + "("
                + numbered(String.join(", ", java.util.Collections.nCopies(ids.size(), "?")), 0)
                + ")");
    for (int i = 0; i < ids.size(); i++) {
      revisionsOf.setParameter(i + 1, ids.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> read = revisionsOf.getResultList();
    read.forEach(r -> revisions.put(((Number) r[0]).longValue(), r));
    // In order of id, so that two reports writing at once lock the rows in the same order.
    List<CoachRecords.Coach> coaches =
        records.read(ids).stream()
            .sorted(java.util.Comparator.comparingLong(CoachRecords.Coach::id))
            .toList();
    StringBuilder sql = new StringBuilder(CoachCompliance.SUMMARISE);
    for (int i = 0; i < coaches.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(numbered(CoachCompliance.SUMMARISE_ROW, i * 7));
    }
    Query write = em.createNativeQuery(sql.append(CoachCompliance.SUMMARISE_END).toString());
    int n = 0;
    for (CoachRecords.Coach coach : coaches) {
      Object[] revision = revisions.get(coach.id());
      int at = revision == null || revision[1] == null ? 0 : ((Number) revision[1]).intValue();
      ComplianceSummary summary = ComplianceSummary.of(rules, coach.record(), today);
      write.setParameter(++n, coach.id());
      write.setParameter(++n, at);
      write.setParameter(++n, at);
      write.setParameter(++n, revision == null ? null : revision[2]);
      write.setParameter(++n, date(summary.overdueFrom()));
      write.setParameter(++n, date(summary.unmetFrom()));
      write.setParameter(++n, date(summary.recheckOn()));
    }
    return coaches.isEmpty() ? 0 : write.executeUpdate();
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  /** {@code sql}'s {@code ?} numbered from {@code after + 1}. */
  private static String numbered(String sql, int after) {
    StringBuilder out = new StringBuilder();
    int n = after;
    for (char c : sql.toCharArray()) {
      out.append(c);
      if (c == '?') {
        out.append(++n);
      }
    }
    return out.toString();
  }
}
