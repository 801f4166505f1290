package org.traininghub.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.traininghub.mail.boundary.MailRequest;
import org.traininghub.mail.boundary.Outbox;
import org.traininghub.newsletter.entity.Subscriber;
import org.traininghub.newsletter.entity.Topic;

/**
 * The mails of a subscription: the confirmation link (the only mail before it is followed), the
 * welcome once confirmed, and the reminder of the preferences link to an address already
 * subscribed. Each mail to a subscriber carries their preferences link and the one-click
 * unsubscribe address (RFC 8058 headers and the same link in the body).
 */
@ApplicationScoped
public class SubscriberMail {

  @Inject Outbox outbox;

  @Inject SubscriberLinks links;

  public void confirmation(Subscriber subscriber, String key, String link, Set<Topic> topics) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", greeting(subscriber));
    values.put("link", link);
    values.put("topics", topicList(topics));
    outbox.enqueue(MailRequest.of(key, subscriber.getEmail(), "newsletter-confirm", values));
  }

  public void welcome(Subscriber subscriber, long consentId) {
    outbox.enqueue(
        toSubscriber(subscriber, "newsletter-welcome:" + consentId, "newsletter-welcome"));
  }

  /** Sent instead of a confirmation when the address is subscribed already: at most one an hour. */
  public void alreadySubscribed(Subscriber subscriber, long hour) {
    outbox.enqueue(
        toSubscriber(
            subscriber,
            "newsletter-already:" + subscriber.getId() + ":" + hour,
            "newsletter-already"));
  }

  private MailRequest toSubscriber(Subscriber subscriber, String key, String template) {
    String unsubscribe = links.unsubscribeUrl(subscriber);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", greeting(subscriber));
    values.put("topics", topicList(subscriber.getTopics()));
    values.put("preferencesLink", links.preferencesUrl(subscriber));
    values.put("unsubscribeLink", unsubscribe);
    return MailRequest.of(key, subscriber.getEmail(), template, values)
        .header("List-Unsubscribe", "<" + unsubscribe + ">")
        .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
  }

  private static String greeting(Subscriber subscriber) {
    return subscriber.getName() == null ? "subscriber" : subscriber.getName();
  }

  private static List<Map<String, String>> topicList(Set<Topic> topics) {
    return topics.stream().map(t -> Map.of("label", t.label())).toList();
  }
}
