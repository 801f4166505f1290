package org.traininghub.newsletter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.AccountDeleting;
import org.traininghub.accounts.entity.PersonalDataExporting;
import org.traininghub.newsletter.entity.Bounce;
import org.traininghub.newsletter.entity.Consent;
import org.traininghub.newsletter.entity.Subscriber;

/**
 * The newsletter's part of an account's personal data: its section of the export ({@code
 * newsletter}: the subscription, each consent with its wording, the bounces recorded, whether the
 * address is suppressed), and its erasure when the account is deleted ({@link SubscriberErasure}).
 * Matched by the account's address, which is the subscriber's key.
 */
@Dependent
public class NewsletterPersonalData {

  /** The section's name in the export. */
  public static final String SECTION = "newsletter";

  @PersistenceContext EntityManager em;

  @Inject SubscriberErasure erasure;

  @Inject Suppressions suppressions;

  void export(@Observes PersonalDataExporting exporting) {
    Account account = em.find(Account.class, exporting.accountId());
    if (account == null) {
      return;
    }
    String email = Subscriber.normalise(account.getEmail());
    Optional<Subscriber> subscriber = subscriber(email);
    JsonObjectBuilder json = Json.createObjectBuilder().add("email", email);
    suppressions
        .reason(email)
        .ifPresentOrElse(r -> json.add("suppressed", r.name()), () -> json.addNull("suppressed"));
    if (subscriber.isEmpty()) {
      json.addNull("subscription");
      exporting.section(SECTION, json.build());
      return;
    }
    Subscriber s = subscriber.get();
    JsonArrayBuilder topics = Json.createArrayBuilder();
    s.getTopics().forEach(t -> topics.add(t.label()));
    json.add(
        "subscription",
        Json.createObjectBuilder()
            .add("name", s.getName() == null ? "" : s.getName())
            .add("status", s.getStatus().name())
            .add("since", s.getCreatedAt().toString())
            .add("topics", topics));
    JsonArrayBuilder consents = Json.createArrayBuilder();
    for (Consent c :
        em.createNamedQuery(Consent.OF_SUBSCRIBER, Consent.class)
            .setParameter("subscriber", s)
            .getResultList()) {
      consents.add(
          Json.createObjectBuilder()
              .add("givenAt", c.getGivenAt().toString())
              .add("how", c.getMethod().name())
              .add("wording", c.getWording())
              .add("confirmedAt", text(c.getConfirmedAt()))
              .add("withdrawnAt", text(c.getWithdrawnAt())));
    }
    json.add("consents", consents);
    JsonArrayBuilder bounces = Json.createArrayBuilder();
    for (Bounce b :
        em.createNamedQuery(Bounce.OF_SUBSCRIBER, Bounce.class)
            .setParameter("subscriber", s)
            .getResultList()) {
      bounces.add(
          Json.createObjectBuilder()
              .add("at", b.getBouncedAt().toString())
              .add("kind", b.getKind().name())
              .add("source", b.getSource().name())
              .add("detail", b.getDetail()));
    }
    json.add("bounces", bounces);
    exporting.section(SECTION, json.build());
  }

  void erase(@Observes AccountDeleting deleting) {
    Account account = em.find(Account.class, deleting.accountId());
    if (account != null) {
      erasure.erase(account.getEmail());
    }
  }

  private Optional<Subscriber> subscriber(String email) {
    return em.createNamedQuery(Subscriber.BY_EMAIL, Subscriber.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
