package org.traininghub.records.boundary;

import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.accounts.entity.AccountStatus;
import org.traininghub.accounts.entity.CoachProfile;
import org.traininghub.platform.database.OwnTransaction;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.time.HubClock;
import org.traininghub.records.control.ReminderMail;
import org.traininghub.records.control.ReminderRules;
import org.traininghub.records.control.ReminderRules.Due;
import org.traininghub.records.control.Rule;
import org.traininghub.records.entity.RecordReminder;
import org.traininghub.records.entity.Requirement;

/**
 * Sends the training record's reminder emails ({@link ReminderRules}: supervision overdue,
 * mandatory requirements not done {@code hub.records.mandatory-reminder-months} after the start
 * date). Every instance runs it every {@code hub.records.reminder-minutes}; each reminder is
 * claimed in the database first (a unique row in {@code record_reminder}, inserted in the
 * transaction that queues the mail), so however many instances and runs look at once, each is sent
 * once per period.
 *
 * <p>The active coaches are read a page of {@link #PAGE} at a time, in order of id, each page in a
 * transaction of its own: its ids, the five statements of {@link CoachRecords}, and the page's
 * earlier claims, whatever the number of coaches; then a claim and a queued mail for each reminder
 * newly due.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@Lock(LockType.READ) // instances and timers run it at once; the database claim keeps it once
public class RecordReminders {

  /** Coaches read at a time. */
  static final int PAGE = 500;

  @PersistenceContext EntityManager em;

  @Inject Instance<BookedItems> bookings;

  @Inject ReminderMail mail;

  @Inject Clock clock;

  @Inject OwnTransaction ownTransaction;

  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "hub.records.mandatory-reminder-months", defaultValue = "3")
  int mandatoryMonths;

  @Inject
  @ConfigProperty(name = "hub.records.reminder-minutes", defaultValue = "60")
  long everyMinutes;

  @PostConstruct
  void atStart() {
    long every = Math.max(1, everyMinutes) * 60_000;
    timers.createIntervalTimer(every, every, new TimerConfig("RecordReminders", false));
  }

  /** Each run's pages in transactions of their own, so that a failed one does not end the timer. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void every() {
    sendDue();
  }

  /** Claims and queues every reminder due today; returns how many mails this call queued. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sendDue() {
    LocalDate today = LocalDate.now(clock.withZone(HubClock.HUB_ZONE));
    int[] sent = {0};
    long[] after = {0};
    boolean[] more = {true};
    while (more[0]) {
      ownTransaction.run(
          () -> {
            List<Long> ids = coachesAfter(after[0]);
            sent[0] += sendPage(ids, today);
            more[0] = ids.size() == PAGE;
            if (!ids.isEmpty()) {
              after[0] = ids.get(ids.size() - 1);
            }
          });
    }
    return sent[0];
  }

  /** The next page of active coaches' ids after id {@code after}, in order. */
  private List<Long> coachesAfter(long after) {
    return em.createQuery(
            "SELECT a.id FROM Account a WHERE a.role = :role AND a.status = :status"
                + " AND a.id > :after ORDER BY a.id",
            Long.class)
        .setParameter("role", Role.COACH)
        .setParameter("status", AccountStatus.ACTIVE)
        .setParameter("after", after)
        .setMaxResults(PAGE)
        .getResultList();
  }

  private int sendPage(List<Long> ids, LocalDate today) {
    if (ids.isEmpty()) {
      return 0;
    }
    Map<Long, String> roles = JobRoles.of(em, ids);
    Map<String, PathwayOfRole> pathways = new HashMap<>();
    Set<String> claimed = new HashSet<>();
    for (Object[] r :
        em.createNamedQuery(RecordReminder.OF_COACHES, Object[].class)
            .setParameter("coaches", ids)
            .getResultList()) {
      claimed.add(claimKey((Long) r[0], (Long) r[1], String.valueOf(r[2]), (LocalDate) r[3]));
    }
    Instant now = clock.instant();
    int sent = 0;
    for (CoachRecords.Coach coach : new CoachRecords(em, bookings).read(ids)) {
      PathwayOfRole pathway =
          pathways.computeIfAbsent(
              roles.getOrDefault(coach.id(), CoachProfile.DEFAULT_JOB_ROLE), this::pathwayOf);
      List<Due> mine = new ArrayList<>();
      for (Due due : ReminderRules.due(pathway.rules(), coach.record(), today, mandatoryMonths)) {
        if (!claimed.contains(
                claimKey(coach.id(), due.requirementId(), due.kind().name(), due.period()))
            && claim(coach.id(), due, now)) {
          mine.add(due);
        }
      }
      if (!mine.isEmpty()) {
        mail.send(coach.id(), coach.name(), coach.email(), mine, pathway.titles(), mandatoryMonths);
        sent++;
      }
    }
    return sent;
  }

  /** A role's rules and requirement titles by code, read once per page for each role met. */
  private record PathwayOfRole(List<Rule> rules, Map<String, String> titles) {}

  private PathwayOfRole pathwayOf(String role) {
    List<Requirement> requirements =
        em.createNamedQuery(Requirement.OF_ROLE, Requirement.class)
            .setParameter("role", role)
            .getResultList();
    return new PathwayOfRole(
        requirements.stream().map(Rule::of).toList(),
        requirements.stream()
            .collect(Collectors.toMap(Requirement::getCode, Requirement::getTitle, (a, b) -> a)));
  }

  /** Whether this transaction claimed {@code due} (a row inserted); false if another had. */
  private boolean claim(long coachId, Due due, Instant now) {
    return em.createNativeQuery(RecordReminder.CLAIM)
            .setParameter(1, coachId)
            .setParameter(2, due.requirementId())
            .setParameter(3, due.kind().name())
            .setParameter(4, due.period())
            .setParameter(5, utc(now))
            .executeUpdate()
        == 1;
  }

  private static String claimKey(long coach, long requirement, String kind, LocalDate period) {
    return coach + ":" + requirement + ":" + kind + ":" + period;
  }
}
