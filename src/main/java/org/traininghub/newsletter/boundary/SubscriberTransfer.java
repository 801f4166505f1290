package org.traininghub.newsletter.boundary;

import static org.traininghub.platform.time.UtcInstantConverter.instant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.traininghub.newsletter.control.SubscriberCsv;
import org.traininghub.newsletter.control.SubscriberSheet;
import org.traininghub.newsletter.control.Suppressions;
import org.traininghub.newsletter.entity.Consent;
import org.traininghub.newsletter.entity.Subscriber;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.Role;

/**
 * Hub admins move subscribers in and out as CSV: the import (checked first by {@link
 * SubscriberCsv}, then saved all in one transaction) records each consent as given elsewhere
 * ("imported", with the file's wording and date) and never subscribes a suppressed address; the
 * export writes every subscriber a page at a time.
 */
@Stateless
@Allowed(Role.HUB_ADMIN)
public class SubscriberTransfer {

  /** A consent date in the file is a day in the UK: its start there. */
  static final ZoneId UK = ZoneId.of("Europe/London");

  /** Subscribers read per statement while exporting. */
  static final int EXPORT_PAGE = 500;

  @PersistenceContext EntityManager em;

  @Inject Suppressions suppressions;

  @Inject AuditLog audit;

  /** Checks a file; saves nothing. */
  public SubscriberCsv.Result check(InputStream in) {
    return SubscriberCsv.read(in, suppressions::isSuppressed);
  }

  /**
   * Saves every row of a checked file that can be saved.
   *
   * @return how many subscribers were saved (suppressed addresses are not)
   */
  public int save(SubscriberCsv.Result checked) {
    int saved = 0;
    for (SubscriberCsv.Row row : checked.toSave()) {
      if (suppressions.isSuppressed(row.email())) {
        continue;
      }
      Instant at = row.consentDate().atStartOfDay(UK).toInstant();
      Subscriber subscriber =
          em.createNamedQuery(Subscriber.BY_EMAIL, Subscriber.class)
              .setParameter("email", row.email())
              .getResultStream()
              .findFirst()
              .orElseGet(
                  () -> {
                    Subscriber made = new Subscriber(row.email(), row.name(), at);
                    em.persist(made);
                    return made;
                  });
      Set<Topic> topics = EnumSet.copyOf(row.topics());
      if (subscriber.isConfirmed()) {
        topics.addAll(subscriber.getTopics());
      }
      Consent consent = Consent.imported(subscriber, row.wording(), row.topics(), at);
      em.persist(consent);
      consent.confirm(at);
      subscriber.choose(topics);
      saved++;
    }
    em.flush();
    audit.record("Newsletter subscribers imported", saved + " subscribers");
    return saved;
  }

  /** Writes every subscriber to {@code sheet}, {@value #EXPORT_PAGE} a statement, by id. */
  public void export(SubscriberSheet sheet) throws IOException {
    long after = 0;
    List<?> page;
    do {
      page =
          em.createNativeQuery(
                  "SELECT s.id, s.email, s.name, s.status, s.created_at,"
                      + " (SELECT GROUP_CONCAT(t.topic ORDER BY t.topic SEPARATOR ';')"
                      + "  FROM newsletter_subscriber_topic t WHERE t.subscriber_id = s.id),"
                      + " c.wording, c.given_at, c.method"
                      + " FROM newsletter_subscriber s LEFT JOIN newsletter_consent c ON c.id ="
                      + "  (SELECT MAX(c2.id) FROM newsletter_consent c2"
                      + "   WHERE c2.subscriber_id = s.id)"
                      + " WHERE s.id > ?1 ORDER BY s.id LIMIT ?2")
              .setParameter(1, after)
              .setParameter(2, EXPORT_PAGE)
              .getResultList();
      for (Object o : page) {
        Object[] r = (Object[]) o;
        after = ((Number) r[0]).longValue();
        sheet.add(
            (String) r[1],
            (String) r[2],
            (String) r[5],
            (String) r[6],
            instant(r[7]),
            (String) r[3],
            (String) r[8],
            instant(r[4]));
      }
      em.clear();
    } while (page.size() == EXPORT_PAGE);
    audit.record("Newsletter subscribers exported", "all subscribers");
  }
}
