package org.traininghub.newsletter.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.traininghub.newsletter.control.SubscriberErasure;
import org.traininghub.newsletter.control.SubscriberLinks;
import org.traininghub.newsletter.entity.Subscriber;

/**
 * A subscriber without an account removes their data with their signed link: everything the
 * newsletter holds about them goes, and the address stays suppressed by its code only ({@link
 * SubscriberErasure}). Public: the link is the key, as for unsubscribing.
 */
@Stateless
public class SubscriberRemoval {

  @Inject SubscriberLinks links;

  @Inject SubscriberErasure erasure;

  /**
   * Erases the subscriber of {@code link}.
   *
   * @return false when the link is not one of ours (nothing is changed)
   */
  public boolean eraseByLink(String link) {
    Optional<Subscriber> subscriber = links.subscriber(link);
    subscriber.ifPresent(s -> erasure.erase(s.getEmail()));
    return subscriber.isPresent();
  }
}
