package org.traininghub.newsletter.control;

import static org.traininghub.platform.time.UtcInstantConverter.instant;
import static org.traininghub.platform.time.UtcInstantConverter.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.events.control.LondonTime;
import org.traininghub.newsletter.entity.NewsletterCampaign;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.time.BritishDates;

/**
 * The recurring weekly digest of each topic: once a week (from {@code hub.newsletter.digest-hour}
 * on the London Monday) a topic whose digest an admin turned on gets a campaign to its confirmed
 * subscribers with what was published or added since its last digest ({@link Digest#newSince}), or
 * nothing when nothing is new. A digest is an ordinary campaign, started at once: it has the
 * archive, the counts and the exactly-once sending of every campaign. The week's row in {@code
 * newsletter_digest_issue} is the claim: the transaction whose INSERT added it makes the week's
 * campaign, so several instances, or two runs in one week, make one.
 */
@ApplicationScoped
public class WeeklyDigests {

  private static final Logger LOG = Logger.getLogger(WeeklyDigests.class.getName());

  /** How far back the first digest of a topic looks. */
  static final Duration FIRST_LOOK_BACK = Duration.ofDays(7);

  @PersistenceContext EntityManager em;

  @Inject Digest digest;

  @Inject CampaignStates states;

  @Inject Event<CampaignMoved> moved;

  @Inject
  @ConfigProperty(name = "hub.newsletter.digest-hour", defaultValue = "7")
  int hour;

  /** A topic's digest setting and when its last digest went (null: never). */
  public record TopicDigest(Topic topic, boolean enabled, Instant lastSent, Long lastCampaign) {

    public Topic getTopic() {
      return topic;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public Instant getLastSent() {
      return lastSent;
    }

    public Long getLastCampaign() {
      return lastCampaign;
    }
  }

  /** Every topic's setting, in the topics' order: one statement. */
  public List<TopicDigest> all() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT d.topic, d.enabled, i.made_at, i.campaign_id FROM newsletter_digest d"
                    + " LEFT JOIN newsletter_digest_issue i ON i.topic = d.topic"
                    + " AND i.outcome = 'SENT' AND i.made_at = (SELECT MAX(l.made_at)"
                    + " FROM newsletter_digest_issue l WHERE l.topic = d.topic"
                    + " AND l.outcome = 'SENT')")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new TopicDigest(
                    Topic.valueOf((String) r[0]),
                    truth(r[1]),
                    instant(r[2]),
                    r[3] == null ? null : ((Number) r[3]).longValue()))
        .sorted((a, b) -> a.topic().compareTo(b.topic()))
        .toList();
  }

  /** The topics whose digest is on. */
  public EnumSet<Topic> enabled() {
    EnumSet<Topic> on = EnumSet.noneOf(Topic.class);
    all().stream().filter(TopicDigest::enabled).forEach(d -> on.add(d.topic()));
    return on;
  }

  /** Turns {@code topic}'s digest on or off (in the caller's transaction). */
  public void turn(Topic topic, boolean on, Instant now) {
    em.createNativeQuery(
            "UPDATE newsletter_digest SET enabled = ?2, changed_at = ?3 WHERE topic = ?1")
        .setParameter(1, topic.name())
        .setParameter(2, on)
        .setParameter(3, utc(now))
        .executeUpdate();
  }

  /** The London Monday of the week {@code now} is in. */
  public static LocalDate weekOf(Instant now) {
    return LondonTime.date(now).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * Makes this week's digest of {@code topic} if it is on, due and not made yet, in a transaction
   * of its own.
   *
   * @return the campaign started, if this call made one (empty also when it skipped the week)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Long> makeIfDue(Topic topic, Instant now) {
    LocalDate week = weekOf(now);
    if (now.isBefore(week.atTime(hour, 0).atZone(LondonTime.ZONE).toInstant())) {
      return Optional.empty();
    }
    Instant since = lastSent(topic).orElse(now.minus(FIRST_LOOK_BACK));
    // The claim: a second run this week (or another instance) adds no row and stops here; one
    // running now waits for this transaction's row and then adds none.
    int claimed =
        em.createNativeQuery(
                "INSERT IGNORE INTO newsletter_digest_issue (topic, week_start, outcome, made_at)"
                    + " SELECT topic, ?2, 'SKIPPED', ?3 FROM newsletter_digest"
                    + " WHERE topic = ?1 AND enabled")
            .setParameter(1, topic.name())
            .setParameter(2, Date.valueOf(week))
            .setParameter(3, utc(now))
            .executeUpdate();
    if (claimed == 0) {
      return Optional.empty();
    }
    String news = digest.newSince(since, now);
    if (news.isEmpty()) {
      LOG.info(() -> "Weekly digest of " + topic + " skipped: nothing new since " + since);
      return Optional.empty();
    }
    String html =
        "<p>What is new on the Training Hub since the last digest of "
            + Digest.escaped(topic.label())
            + ".</p>"
            + news;
    NewsletterCampaign campaign = new NewsletterCampaign(null, now);
    campaign.compose(subject(topic, week), html, HtmlText.of(html), EnumSet.of(topic), null);
    em.persist(campaign);
    em.flush();
    long id = campaign.getId();
    states.startNow(id, now);
    em.createNativeQuery(
            "UPDATE newsletter_digest_issue SET outcome = 'SENT', campaign_id = ?3"
                + " WHERE topic = ?1 AND week_start = ?2")
        .setParameter(1, topic.name())
        .setParameter(2, Date.valueOf(week))
        .setParameter(3, id)
        .executeUpdate();
    moved.fire(new CampaignMoved(id));
    LOG.info(() -> "Weekly digest of " + topic + " started as campaign " + id);
    return Optional.of(id);
  }

  /** The subject of {@code topic}'s digest of the week starting {@code week}. */
  static String subject(Topic topic, LocalDate week) {
    return "Weekly digest: " + topic.label() + ", week of " + BritishDates.format(week);
  }

  private Optional<Instant> lastSent(Topic topic) {
    Object last =
        em.createNativeQuery(
                "SELECT MAX(made_at) FROM newsletter_digest_issue"
                    + " WHERE topic = ?1 AND outcome = 'SENT'")
            .setParameter(1, topic.name())
            .getSingleResult();
    return Optional.ofNullable(instant(last));
  }

  private static boolean truth(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }
}
