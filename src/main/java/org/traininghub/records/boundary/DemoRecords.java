package org.traininghub.records.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.records.entity.Completion;
import org.traininghub.records.entity.EthicsAcknowledgement;
import org.traininghub.records.entity.Pathway;
import org.traininghub.records.entity.PracticeHours;
import org.traininghub.records.entity.Requirement;
import org.traininghub.records.entity.Stage;
import org.traininghub.records.entity.SupervisionKind;
import org.traininghub.records.entity.SupervisionSession;

/**
 * Training records for the demo coaches, so that every view shows something: Asha Patel nearly
 * compliant (only e-LfH Social Prescribing left, not yet due; a recommended induction awaiting
 * verification), Ben Okafor with overdue supervision and a completion awaiting verification. Dates
 * are relative to today. Loaded only with {@code hub.demo-data} (the embedded default), once.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "DemoPeople", "DemoCatalogue"})
public class DemoRecords {

  private static final Logger LOG = Logger.getLogger(DemoRecords.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "hub.demo-data", defaultValue = "false")
  boolean enabled;

  private Map<String, Requirement> requirements;
  private LocalDate today;
  private Instant now;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    Long asha = accountId(DemoPeople.COACH_EMAIL);
    Long ben = accountId(DemoPeople.OTHER_COACH_EMAIL);
    if (asha == null || ben == null || hasRecord(asha)) {
      return;
    }
    today = LocalDate.now(clock);
    now = clock.instant();
    requirements =
        em.createNamedQuery(Requirement.OF_ROLE, Requirement.class)
            .setParameter("role", Pathway.HWBC)
            .getResultStream()
            .collect(Collectors.toMap(Requirement::getCode, r -> r));
    Long course = demoCourse();

    entry(asha, "A1", course, Stage.COMPLETED, today.minusMonths(1), "28", true);
    for (String code : List.of("M1", "M2", "M3", "E1", "L1")) {
      entry(asha, code, null, Stage.COMPLETED, today.minusMonths(3), "2", true);
    }
    em.persist(
        new EthicsAcknowledgement(
            asha,
            requirements.get("A2").getId(),
            requirements.get("A2").getAcknowledgementVersion(),
            now.minusSeconds(86_400L * 120)));
    session(asha, today.minusWeeks(2), SupervisionKind.INDIVIDUAL, "Morgan Ellis (demo)", 60);
    session(asha, today.minusWeeks(6), SupervisionKind.GROUP, "Morgan Ellis (demo)", 90);
    session(asha, today.minusWeeks(3), SupervisionKind.MENTORING, "Jo Lee (demo)", 45);
    for (int week = 1; week <= 8; week++) {
      em.persist(
          new PracticeHours(asha, today.minusWeeks(week), new BigDecimal("3.5"), now, today));
    }

    entry(ben, "A1", course, Stage.ENROLLED, today.minusMonths(10), null, false);
    entry(ben, "M1", null, Stage.COMPLETED, today.minusDays(6), "1.5", false);
    session(ben, today.minusWeeks(11), SupervisionKind.INDIVIDUAL, "Alex Kerr (demo)", 60);
    // In the PCN lead's PCN, so that their verification queue shows something too.
    entry(asha, "L2", null, Stage.COMPLETED, today.minusDays(4), "3", false);
    LOG.info("Loaded the demo coaches' training records");
  }

  private Long accountId(String email) {
    return em.createQuery("SELECT a.id FROM Account a WHERE a.email = :email", Long.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private boolean hasRecord(long coachId) {
    return !em.createNamedQuery(Completion.OF_COACH, Completion.class)
        .setParameter("coach", coachId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private Long demoCourse() {
    return em.createQuery(
            "SELECT i FROM CatalogueItem i WHERE i.kind = :kind AND i.demo = TRUE ORDER BY i.id",
            CatalogueItem.class)
        .setParameter("kind", ItemKind.ACCREDITED_COURSE)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(CatalogueItem::getId)
        .orElse(null);
  }

  private void entry(
      long coach,
      String code,
      Long item,
      Stage stage,
      LocalDate on,
      String hours,
      boolean verified) {
    Requirement r = requirements.get(code);
    Long itemId = item != null ? item : r.getItemIds().stream().findFirst().orElse(null);
    Completion c =
        new Completion(
            coach,
            new Completion.Entry(
                r.getId(),
                itemId,
                stage,
                on,
                hours == null ? null : new BigDecimal(hours),
                null,
                null),
            coach,
            now,
            today);
    if (verified) {
      c.verify(null, now);
    }
    em.persist(c);
  }

  private void session(long coach, LocalDate on, SupervisionKind kind, String who, int minutes) {
    em.persist(
        new SupervisionSession(
            coach, new SupervisionSession.Entry(on, kind, who, minutes), now, today));
  }
}
