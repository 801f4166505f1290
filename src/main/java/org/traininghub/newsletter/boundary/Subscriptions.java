package org.traininghub.newsletter.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.traininghub.accounts.boundary.NewsletterChoice;
import org.traininghub.accounts.control.AccountLookup;
import org.traininghub.newsletter.control.SignUpRules;
import org.traininghub.newsletter.control.SubscriberLinks;
import org.traininghub.newsletter.control.SubscriberMail;
import org.traininghub.newsletter.control.Suppressions;
import org.traininghub.newsletter.entity.ConfirmationLink;
import org.traininghub.newsletter.entity.Consent;
import org.traininghub.newsletter.entity.ConsentMethod;
import org.traininghub.newsletter.entity.ConsentWording;
import org.traininghub.newsletter.entity.Subscriber;
import org.traininghub.newsletter.entity.SuppressionReason;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.platform.security.LinkTokens;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * Subscribing to the newsletter: sign-up with double opt-in (the form, the API, an account's
 * checkbox), confirmation by the emailed link, and what the subscriber does with their signed link
 * (choose topics, unsubscribe). Public: the links are the only keys, and nothing here changes a
 * subscriber's state except at the request of the address's owner.
 */
@Stateless
public class Subscriptions {

  /** Confirmation links sent to one address in an hour, at most. */
  public static final int LINKS_PER_HOUR = 3;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject HubSettings hub;

  @Inject SubscriberMail mail;

  @Inject SubscriberLinks links;

  @Inject Suppressions suppressions;

  @Inject AccountLookup accounts;

  /**
   * Starts a double opt-in: records the consent asked for and mails a confirmation link; nothing
   * else is sent until it is followed. The caller learns nothing of the address: an address already
   * subscribed is mailed its preferences link instead, and one that has had {@value
   * #LINKS_PER_HOUR} links this hour gets none, with the same answer.
   *
   * @param topics the topics' slugs
   * @throws InvalidInputException when the address, the name or a topic is wrong; nothing is saved
   */
  public void signUp(String email, String name, Collection<String> topics, ConsentMethod how) {
    InvalidInputException.throwIfAny(SignUpRules.problems(email, name, topics));
    Instant now = clock.instant();
    Subscriber subscriber = subscriber(email, name, now);
    if (subscriber.isConfirmed()) {
      mail.alreadySubscribed(subscriber, now.getEpochSecond() / 3600);
      return;
    }
    long recent =
        em.createNamedQuery(ConfirmationLink.SENT_SINCE, Long.class)
            .setParameter("subscriber", subscriber)
            .setParameter("since", now.minus(Duration.ofHours(1)))
            .getSingleResult();
    if (recent >= LINKS_PER_HOUR) {
      return;
    }
    Set<Topic> chosen = SignUpRules.topics(topics);
    Consent consent = new Consent(subscriber, how, ConsentWording.SIGN_UP, chosen, now);
    em.persist(consent);
    LinkTokens.Issued token = LinkTokens.issue();
    em.persist(new ConfirmationLink(consent, token.hash(), now));
    em.flush();
    mail.confirmation(
        subscriber,
        "newsletter-confirm:" + token.hash(),
        hub.absolute("/newsletter/confirm.xhtml?token=" + token.secret()),
        chosen);
  }

  /** Why the confirmation link cannot be used, or null when it can. */
  public String confirmationRefusal(String secret) {
    Optional<ConfirmationLink> link = link(secret, false);
    return link.isPresent() ? link.get().refusal(clock.instant()) : LinkTokens.UNKNOWN;
  }

  /**
   * Confirms the consent the link was sent for: the subscriber receives its topics from now on and
   * gets the welcome mail. The link works once (of two uses at once, one wins).
   *
   * @throws InvalidInputException (field {@code token}) when the link cannot be used
   */
  public Subscriber confirm(String secret) {
    Instant now = clock.instant();
    ConfirmationLink link = link(secret, true).orElseThrow(() -> refused(LinkTokens.UNKNOWN));
    String refusal = link.refusal(now);
    if (refusal != null) {
      throw refused(refusal);
    }
    link.use(now);
    Consent consent = link.getConsent();
    Subscriber subscriber = consent.getSubscriber();
    consent.confirm(now);
    suppressions.resubscribed(subscriber.getEmail());
    accounts.byEmail(subscriber.getEmail()).ifPresent(a -> a.subscribe(true));
    mail.welcome(subscriber, consent.getId());
    return subscriber;
  }

  /** The subscriber whose signed link this is; empty for a link made up or changed. */
  public Optional<Subscriber> byLink(String link) {
    return links.subscriber(link);
  }

  /**
   * The topics the subscriber of {@code link} receives from now on.
   *
   * @throws InvalidInputException when no topic, or an unknown one, is chosen, or the link is not
   *     valid
   */
  public void choose(String link, Collection<String> topics) {
    Subscriber subscriber = links.subscriber(link).orElseThrow(() -> refused(LinkTokens.UNKNOWN));
    InvalidInputException.throwIfAny(SignUpRules.topicProblems(topics));
    em.lock(subscriber, LockModeType.PESSIMISTIC_WRITE);
    if (!subscriber.isConfirmed()) {
      throw new InvalidInputException(
          List.of(
              new Problem(
                  "topics",
                  "This address is not subscribed, so it has no topics to change. Sign up again"
                      + " on the newsletter page.")));
    }
    subscriber.choose(SignUpRules.topics(topics));
  }

  /**
   * Unsubscribes the subscriber of {@code link}: no more newsletters (the address is suppressed),
   * every consent withdrawn now. Doing it twice changes nothing more.
   *
   * @return false when the link is not one of ours
   */
  public boolean unsubscribe(String link) {
    Optional<Subscriber> subscriber = links.subscriber(link);
    subscriber.ifPresent(this::withdraw);
    return subscriber.isPresent();
  }

  /**
   * An account's box: ticked after registering (once the address is confirmed) or on the profile,
   * the subscription is confirmed at once (the account proved the address) with every topic; left
   * blank on the profile, it is withdrawn.
   */
  public void accountChose(@Observes NewsletterChoice choice) {
    Optional<Subscriber> existing = find(choice.email());
    if (!choice.wanted()) {
      existing.ifPresent(this::withdraw);
      return;
    }
    if (existing.isPresent() && existing.get().isConfirmed()) {
      return;
    }
    Instant now = clock.instant();
    Subscriber subscriber = subscriber(choice.email(), choice.name(), now);
    Consent consent =
        choice.atRegistration()
            ? new Consent(
                subscriber,
                ConsentMethod.REGISTRATION,
                ConsentWording.REGISTRATION,
                EnumSet.allOf(Topic.class),
                choice.askedAt())
            : new Consent(
                subscriber,
                ConsentMethod.PROFILE,
                ConsentWording.PROFILE,
                EnumSet.allOf(Topic.class),
                choice.askedAt());
    em.persist(consent);
    consent.confirm(now);
    suppressions.resubscribed(subscriber.getEmail());
    em.flush();
    mail.welcome(subscriber, consent.getId());
  }

  /** The consent records of the subscriber of {@code link}, oldest first. */
  public List<Consent> consents(Subscriber subscriber) {
    return em.createNamedQuery(Consent.OF_SUBSCRIBER, Consent.class)
        .setParameter("subscriber", subscriber)
        .getResultList();
  }

  private void withdraw(Subscriber subscriber) {
    Instant now = clock.instant();
    em.lock(subscriber, LockModeType.PESSIMISTIC_WRITE);
    subscriber.unsubscribe();
    em.createNamedQuery(Consent.WITHDRAW_ALL)
        .setParameter("subscriber", subscriber)
        .setParameter("now", now)
        .executeUpdate();
    suppressions.suppress(subscriber.getEmail(), SuppressionReason.UNSUBSCRIBED, now);
    accounts.byEmail(subscriber.getEmail()).ifPresent(a -> a.subscribe(false));
  }

  private Optional<Subscriber> find(String email) {
    return em.createNamedQuery(Subscriber.BY_EMAIL, Subscriber.class)
        .setParameter("email", Subscriber.normalise(email))
        .getResultStream()
        .findFirst();
  }

  private Subscriber subscriber(String email, String name, Instant now) {
    return find(email)
        .orElseGet(
            () -> {
              Subscriber made = new Subscriber(email, name, now);
              em.persist(made);
              em.flush();
              return made;
            });
  }

  private Optional<ConfirmationLink> link(String secret, boolean lock) {
    return LinkTokens.lookupHash(secret)
        .flatMap(
            hash -> {
              var query =
                  em.createNamedQuery(ConfirmationLink.BY_HASH, ConfirmationLink.class)
                      .setParameter("hash", hash);
              if (lock) {
                query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
              }
              return query.getResultStream().findFirst();
            })
        .filter(l -> LinkTokens.matches(secret, l.getTokenHash()));
  }

  private static InvalidInputException refused(String message) {
    return new InvalidInputException(List.of(new Problem("token", message)));
  }
}
