package org.traininghub.newsletter.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.traininghub.newsletter.entity.NewsletterCampaign;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.paging.SortKey;

/**
 * The public archive: every newsletter sent (or being sent), newest first, and each one's web
 * version — the wording only, never a recipient's links or address. Open to anyone.
 */
@Stateless
public class NewsletterArchive {

  public static final int PAGE_SIZE = 20;

  private static final String PUBLISHED = "c.status IN ('SENDING', 'PAUSED', 'SENT')";

  @PersistenceContext EntityManager em;

  public Page<NewsletterCampaign> page(PageRequest request) {
    return new ListQuery("newsletter_campaign c")
        .where(PUBLISHED)
        .orderBy(Order.NEWEST)
        .page(em, request, this::withIds, NewsletterCampaign::getId);
  }

  /** The newsletter {@code id} if it was sent. */
  public Optional<NewsletterCampaign> issue(long id) {
    return Optional.ofNullable(em.find(NewsletterCampaign.class, id))
        .filter(c -> c.getStatus().isPublished());
  }

  private List<NewsletterCampaign> withIds(List<Long> ids) {
    return em.createNamedQuery(NewsletterCampaign.WITH_IDS, NewsletterCampaign.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Newest sending first ({@code ix_newsletter_campaign_archive}). */
  enum Order implements SortKey {
    NEWEST;

    @Override
    public String orderBy() {
      return "c.started_at DESC, c.id DESC";
    }
  }
}
