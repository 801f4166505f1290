package org.traininghub.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.traininghub.newsletter.entity.Subscriber;
import org.traininghub.platform.config.HubSettings;

/**
 * A subscriber's own links, in every mail they get: the preferences page and the one-click
 * unsubscribe address ({@link SignedLink}, keyed by {@code newsletter_key}, made by the migration).
 */
@ApplicationScoped
public class SubscriberLinks {

  /** The path of the one-click unsubscribe address (RFC 8058), under the API. */
  public static final String UNSUBSCRIBE_PATH = "/api/subscriptions/unsubscribe";

  @PersistenceContext EntityManager em;

  @Inject HubSettings hub;

  private volatile SignedLink signer;

  /** The link value of {@code subscriber}. */
  public String value(Subscriber subscriber) {
    return signer().sign(subscriber.getId(), subscriber.getEmail());
  }

  public String preferencesUrl(Subscriber subscriber) {
    return preferencesUrl(subscriber.getId(), subscriber.getEmail());
  }

  /** The preferences address of subscriber {@code id} at {@code email} (a campaign's rows). */
  public String preferencesUrl(long id, String email) {
    return hub.absolute("/newsletter/preferences.xhtml?link=" + encoded(id, email));
  }

  /** The unsubscribe address, for {@code List-Unsubscribe} and the mail's own link. */
  public String unsubscribeUrl(Subscriber subscriber) {
    return unsubscribeUrl(subscriber.getId(), subscriber.getEmail());
  }

  public String unsubscribeUrl(long id, String email) {
    return hub.absolute(UNSUBSCRIBE_PATH + "?link=" + encoded(id, email));
  }

  /** The subscriber a link value was made for, if it was made by this portal for them. */
  public Optional<Subscriber> subscriber(String value) {
    return SignedLink.id(value)
        .map(id -> em.find(Subscriber.class, id))
        .filter(s -> signer().verifies(value, s.getId(), s.getEmail()));
  }

  private String encoded(long id, String email) {
    return URLEncoder.encode(signer().sign(id, email), StandardCharsets.UTF_8);
  }

  /** How the suppression list keeps an erased address ({@link SignedLink#digest}). */
  public String addressDigest(String email) {
    return "hmac:" + signer().digest(Subscriber.normalise(email));
  }

  private SignedLink signer() {
    SignedLink made = signer;
    if (made == null) {
      String hex =
          (String)
              em.createNativeQuery("SELECT secret FROM newsletter_key WHERE id = 1")
                  .getSingleResult();
      made = new SignedLink(HexFormat.of().parseHex(hex));
      signer = made;
    }
    return made;
  }
}
