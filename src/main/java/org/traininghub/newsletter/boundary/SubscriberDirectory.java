package org.traininghub.newsletter.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.traininghub.newsletter.entity.Subscriber;
import org.traininghub.newsletter.entity.SubscriberStatus;
import org.traininghub.platform.paging.ListQuery;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.paging.SortKey;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.Role;

/** The hub admins' list of subscribers, newest first, by status: a page is three statements. */
@Stateless
public class SubscriberDirectory {

  public static final int PAGE_SIZE = 50;

  @PersistenceContext EntityManager em;

  @Allowed(Role.HUB_ADMIN)
  public Page<Subscriber> page(SubscriberStatus status, PageRequest request) {
    ListQuery query = new ListQuery("newsletter_subscriber s");
    if (status != null) {
      query.where("s.status = ?", status.name());
    }
    return query.orderBy(Order.NEWEST).page(em, request, this::withIds, Subscriber::getId);
  }

  private List<Subscriber> withIds(List<Long> ids) {
    return em.createNamedQuery(Subscriber.WITH_IDS, Subscriber.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Newest first ({@code ix_newsletter_subscriber_listing} holds it). */
  enum Order implements SortKey {
    NEWEST;

    @Override
    public String orderBy() {
      return "s.created_at DESC, s.id DESC";
    }
  }
}
