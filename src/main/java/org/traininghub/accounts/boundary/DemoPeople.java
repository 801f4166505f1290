package org.traininghub.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.accounts.control.AccountLookup;
import org.traininghub.accounts.control.Passwords;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.CoachProfile;
import org.traininghub.accounts.entity.WorkingPattern;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.security.Role;

/**
 * Two demo PCNs, two coaches (one in each), and a PCN lead of the first, so that a newcomer can try
 * every view at once. Loaded only when {@code hub.demo-data} is on (the embedded default), and only
 * once; the sign-ins are in the README.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoPeople {

  public static final String NORTH_PCN = "North Fenland PCN (demo)";
  public static final String SOUTH_PCN = "South Cambridge PCN (demo)";
  public static final String COACH_EMAIL = "coach@demo.traininghub.example";
  public static final String OTHER_COACH_EMAIL = "coach2@demo.traininghub.example";
  public static final String COACH_PASSWORD = "demo-coach-password";
  public static final String LEAD_EMAIL = "lead@demo.traininghub.example";
  public static final String LEAD_PASSWORD = "demo-lead-password";

  private static final Logger LOG = Logger.getLogger(DemoPeople.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  @Inject AccountLookup lookup;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "hub.demo-data", defaultValue = "false")
  boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled || lookup.exists(COACH_EMAIL)) {
      return;
    }
    Pcn north = new Pcn(NORTH_PCN, null, clock.instant());
    Pcn south = new Pcn(SOUTH_PCN, null, clock.instant());
    em.persist(north);
    em.persist(south);
    Account coach = person(COACH_EMAIL, "Asha Patel (demo)", COACH_PASSWORD, Role.COACH, north);
    Account other =
        person(OTHER_COACH_EMAIL, "Ben Okafor (demo)", COACH_PASSWORD, Role.COACH, south);
    person(LEAD_EMAIL, "Carys Jones (demo)", LEAD_PASSWORD, Role.PCN_LEAD, north);
    em.flush();
    profile(
        coach,
        new CoachProfile.Facts(
            "Riverside Surgery (demo)",
            LocalDate.now(clock).minusMonths(5),
            WorkingPattern.FULL_TIME,
            null,
            "Dr Priya Shah (demo), clinical director",
            "Dr Tom Reed (demo)",
            "Morgan Ellis (demo), health coaching mentor",
            "Sam Green (demo), Social Prescribing Link Worker"));
    profile(
        other,
        new CoachProfile.Facts(
            "Mill Road Practice (demo)",
            LocalDate.now(clock).minusYears(1),
            WorkingPattern.PART_TIME,
            8,
            null,
            null,
            null,
            null));
    LOG.info("Loaded the demo PCNs, coaches and PCN lead");
  }

  private Account person(String email, String name, String password, Role role, Pcn pcn) {
    Account account =
        new Account(email, name, passwords.hash(password.toCharArray()), role, clock.instant());
    account.moveTo(pcn);
    em.persist(account);
    return account;
  }

  private void profile(Account coach, CoachProfile.Facts facts) {
    CoachProfile profile = new CoachProfile(coach.getId());
    profile.update(facts, clock.instant());
    em.persist(profile);
  }
}
