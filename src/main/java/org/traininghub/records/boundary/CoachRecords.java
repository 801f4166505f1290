package org.traininghub.records.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.traininghub.accounts.entity.WorkingPattern;
import org.traininghub.platform.time.HubClock;
import org.traininghub.records.control.CoachRecord;
import org.traininghub.records.control.ComplianceRow;
import org.traininghub.records.control.ComplianceTable;
import org.traininghub.records.control.Rule;
import org.traininghub.records.entity.Completion;
import org.traininghub.records.entity.EthicsAcknowledgement;
import org.traininghub.records.entity.PracticeHours;
import org.traininghub.records.entity.Stage;
import org.traininghub.records.entity.SupervisionKind;
import org.traininghub.records.entity.SupervisionSession;

/**
 * The records of several coaches at once, for the compliance report and the reminders: six
 * statements whatever their number (the coaches with their PCN and profile, then their completions,
 * supervision sessions, signatures and practice-hour totals, each by {@code IN} over the coaches'
 * ids, and their upcoming bookings from events' {@link BookedItems}, one statement too), read as
 * columns rather than entities, so that a chunk of a thousand coaches costs no persistence context.
 */
final class CoachRecords {

  private final EntityManager em;
  private final Instance<BookedItems> bookings;

  CoachRecords(EntityManager em, Instance<BookedItems> bookings) {
    this.em = em;
    this.bookings = bookings;
  }

  /** One coach as read: who they are, and their record as the rules read it. */
  record Coach(long id, String name, String email, String pcn, CoachRecord record) {}

  /** The rows of the coaches {@code ids} (in no particular order), evaluated for {@code today}. */
  List<ComplianceRow> rows(List<Long> ids, List<Rule> rules, LocalDate today) {
    return read(ids).stream()
        .map(c -> ComplianceTable.row(c.id(), c.name(), c.pcn(), rules, c.record(), today))
        .toList();
  }

  /** The coaches {@code ids} with their records (in no particular order): six statements. */
  List<Coach> read(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, List<CoachRecord.Entry>> entries = new HashMap<>();
    for (Object[] c : select(Completion.FACTS_OF_COACHES, ids)) {
      entries
          .computeIfAbsent((Long) c[0], k -> new ArrayList<>())
          .add(
              new CoachRecord.Entry(
                  (Long) c[1],
                  (Long) c[2],
                  (Stage) c[3],
                  (LocalDate) c[4],
                  (LocalDate) c[5],
                  (Long) c[6],
                  c[7] != null,
                  c[8] != null));
    }
    Map<Long, List<CoachRecord.Session>> sessions = new HashMap<>();
    for (Object[] s : select(SupervisionSession.FACTS_OF_COACHES, ids)) {
      sessions
          .computeIfAbsent((Long) s[0], k -> new ArrayList<>())
          .add(new CoachRecord.Session((LocalDate) s[1], (SupervisionKind) s[2]));
    }
    Map<Long, List<CoachRecord.Signature>> signatures = new HashMap<>();
    for (Object[] a : select(EthicsAcknowledgement.FACTS_OF_COACHES, ids)) {
      signatures
          .computeIfAbsent((Long) a[0], k -> new ArrayList<>())
          .add(
              new CoachRecord.Signature(
                  (Long) a[1],
                  (String) a[2],
                  LocalDate.ofInstant((Instant) a[3], HubClock.HUB_ZONE)));
    }
    Map<Long, BigDecimal> practice = new HashMap<>();
    for (Object[] p : select(PracticeHours.TOTALS_OF_COACHES, ids)) {
      practice.put((Long) p[0], (BigDecimal) p[1]);
    }
    Map<Long, Set<Long>> booked = new HashMap<>();
    bookings.forEach(
        b ->
            b.upcomingFor(ids)
                .forEach(
                    (id, items) -> booked.computeIfAbsent(id, k -> new HashSet<>()).addAll(items)));
    List<Coach> read = new ArrayList<>(ids.size());
    for (Object[] c : coaches(ids)) {
      long id = (Long) c[0];
      CoachRecord record =
          new CoachRecord(
              (LocalDate) c[3],
              c[4] == WorkingPattern.PART_TIME ? (Integer) c[5] : null,
              named(c[8]),
              named(c[6]),
              named(c[7]),
              practice.getOrDefault(id, BigDecimal.ZERO),
              entries.getOrDefault(id, List.of()),
              sessions.getOrDefault(id, List.of()),
              signatures.getOrDefault(id, List.of()),
              booked.getOrDefault(id, Set.of()));
      read.add(new Coach(id, (String) c[1], (String) c[9], (String) c[2], record));
    }
    return read;
  }

  /** Each coach's id, name, PCN name, the profile facts the rules read, and address. */
  private List<Object[]> coaches(List<Long> ids) {
    return em.createQuery(
            "SELECT a.id, a.displayName, p.name, c.startedOn, c.workingPattern,"
                + " c.supervisionIntervalWeeks, c.firstContact, c.gpSupervisor, c.linkWorkers,"
                + " a.email"
                + " FROM Account a LEFT JOIN a.pcn p LEFT JOIN CoachProfile c"
                + " ON c.accountId = a.id WHERE a.id IN :ids",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList();
  }

  private List<Object[]> select(String namedQuery, List<Long> ids) {
    return em.createNamedQuery(namedQuery, Object[].class)
        .setParameter("coaches", ids)
        .getResultList();
  }

  private static boolean named(Object value) {
    return value instanceof String s && !s.isBlank();
  }
}
