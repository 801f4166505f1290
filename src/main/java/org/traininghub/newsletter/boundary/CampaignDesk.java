package org.traininghub.newsletter.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.traininghub.mail.boundary.CampaignRecipient;
import org.traininghub.mail.boundary.Campaigns;
import org.traininghub.mail.control.Mail;
import org.traininghub.newsletter.control.CampaignCounts;
import org.traininghub.newsletter.control.CampaignForm;
import org.traininghub.newsletter.control.CampaignMoved;
import org.traininghub.newsletter.control.CampaignStates;
import org.traininghub.newsletter.control.CampaignWording;
import org.traininghub.newsletter.control.Digest;
import org.traininghub.newsletter.control.WeeklyDigests;
import org.traininghub.newsletter.entity.NewsletterCampaign;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.paging.SortKey;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;

/**
 * The hub admins' newsletter campaigns: compose a draft, preview it, test it on oneself, send it
 * now or at a time, pause, resume or cancel it, and follow its counts; turn each topic's weekly
 * digest on or off. Each move is recorded in the audit log.
 */
@Stateless
@Allowed(Role.HUB_ADMIN)
public class CampaignDesk {

  public static final int PAGE_SIZE = 25;

  @PersistenceContext EntityManager em;

  @Inject CampaignStates states;

  @Inject CampaignCounts counts;

  @Inject Digest digest;

  @Inject WeeklyDigests weeklyDigests;

  @Inject Event<CampaignMoved> moved;

  @Inject Campaigns campaigns;

  @Inject AuditLog audit;

  @Inject CurrentAccount caller;

  @Inject HubSettings hub;

  @Inject Clock clock;

  public Optional<NewsletterCampaign> find(long id) {
    return Optional.ofNullable(em.find(NewsletterCampaign.class, id));
  }

  /** Saves a new draft, or changes draft {@code id} (at {@code version}); answers its id. */
  public long save(Long id, Integer version, CampaignForm.Wording wording) {
    NewsletterCampaign campaign;
    if (id == null) {
      campaign = new NewsletterCampaign(caller.accountId().orElse(null), clock.instant());
    } else {
      campaign = em.find(NewsletterCampaign.class, id);
      if (campaign == null || version == null || campaign.getVersion() != version) {
        throw new jakarta.persistence.OptimisticLockException("changed meanwhile");
      }
    }
    campaign.compose(
        wording.subject(), wording.html(), wording.text(), wording.topics(), wording.role());
    if (id == null) {
      em.persist(campaign);
    }
    em.flush();
    audit.record(
        id == null ? "newsletter campaign drafted" : "newsletter campaign changed",
        "newsletter campaign " + campaign.getId());
    return campaign.getId();
  }

  /** Starts sending a draft (or a scheduled campaign) now; false when it had started already. */
  public boolean sendNow(long id) {
    boolean started = states.startNow(id, clock.instant());
    if (started) {
      audit.record("newsletter campaign sent", "newsletter campaign " + id);
      moved.fire(new CampaignMoved(id));
    }
    return started;
  }

  public void schedule(long id, Instant at) {
    NewsletterCampaign campaign = em.find(NewsletterCampaign.class, id);
    campaign.schedule(at);
    audit.record("newsletter campaign scheduled", "newsletter campaign " + id + " for " + at);
  }

  public void unschedule(long id) {
    em.find(NewsletterCampaign.class, id).unschedule();
    audit.record("newsletter campaign unscheduled", "newsletter campaign " + id);
  }

  public boolean pause(long id) {
    return logged(states.pause(id), "paused", id);
  }

  public boolean resume(long id) {
    boolean resumed = logged(states.resume(id), "resumed", id);
    if (resumed) {
      moved.fire(new CampaignMoved(id));
    }
    return resumed;
  }

  public boolean cancel(long id) {
    return logged(states.cancel(id), "cancelled", id);
  }

  private boolean logged(boolean done, String what, long id) {
    if (done) {
      audit.record("newsletter campaign " + what, "newsletter campaign " + id);
    }
    return done;
  }

  /** Sends the campaign as it is now to the signed-in admin, once; answers the address. */
  public String sendTest(long id) {
    NewsletterCampaign campaign = em.find(NewsletterCampaign.class, id);
    String email =
        (String)
            em.createNativeQuery("SELECT email FROM account WHERE id = ?1")
                .setParameter(1, caller.id())
                .getSingleResult();
    long mailId = campaigns.create(CampaignWording.of(campaign));
    String newsletter = hub.absolute("/newsletter/");
    campaigns.addRecipients(
        mailId,
        List.of(
            new CampaignRecipient(
                email, caller.id(), CampaignWording.values(newsletter, newsletter))));
    audit.record("newsletter campaign test sent", "newsletter campaign " + id);
    return email;
  }

  /** The campaign as a recipient gets it (with links to the newsletter page standing in). */
  public Mail preview(long id) {
    String newsletter = hub.absolute("/newsletter/");
    return campaigns.preview(
        CampaignWording.of(em.find(NewsletterCampaign.class, id)),
        CampaignWording.values(newsletter, newsletter));
  }

  /** The digest of the next (and last) {@code days} days, as HTML; empty when nothing is new. */
  public String digest(int days) {
    return digest.html(days, clock.instant());
  }

  /** Each topic's weekly digest: on or off, and when the last one went. */
  public List<WeeklyDigests.TopicDigest> weeklyDigests() {
    return weeklyDigests.all();
  }

  /** Turns {@code topic}'s weekly digest on or off. */
  public void turnWeeklyDigest(Topic topic, boolean on) {
    weeklyDigests.turn(topic, on, clock.instant());
    audit.record(
        "newsletter weekly digest turned " + (on ? "on" : "off"), "newsletter topic " + topic);
  }

  public CampaignCounts.Counts counts(long id) {
    return counts.of(id);
  }

  /** Page {@code request} of the campaigns, newest first: three statements. */
  public Page<NewsletterCampaign> page(PageRequest request) {
    return new ListQuery("newsletter_campaign c")
        .orderBy(Order.NEWEST)
        .page(em, request, this::withIds, NewsletterCampaign::getId);
  }

  private List<NewsletterCampaign> withIds(List<Long> ids) {
    return em.createNamedQuery(NewsletterCampaign.WITH_IDS, NewsletterCampaign.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  enum Order implements SortKey {
    NEWEST;

    @Override
    public String orderBy() {
      return "c.created_at DESC, c.id DESC";
    }
  }
}
