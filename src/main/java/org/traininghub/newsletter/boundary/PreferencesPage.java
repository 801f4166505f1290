package org.traininghub.newsletter.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.traininghub.newsletter.entity.Subscriber;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/**
 * A subscriber's own pages, reached by the signed link in every mail, no password needed: {@code
 * newsletter/preferences} (topics, unsubscribe) and {@code newsletter/unsubscribe} (the body's
 * unsubscribe link opened in a browser: one button), and the removal of their data. A link made up
 * or changed opens nothing.
 */
@Named
@RequestScoped
public class PreferencesPage {

  static final String NOT_VALID =
      "This link is not valid. Use the link in your newsletter email, whole: it opens your own"
          + " preferences and nobody else's.";

  @Inject Subscriptions subscriptions;

  @Inject SubscriberRemoval removal;

  private Optional<Subscriber> subscriber;
  private List<String> topics;

  /** The signed link, from the address or the form that carried it on. */
  public String getLink() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get("link");
  }

  /** Why the page cannot be shown, or null. */
  public String getRefusal() {
    return subscriber().isPresent() ? null : NOT_VALID;
  }

  public Subscriber getSubscriber() {
    return subscriber().orElse(null);
  }

  public Topic[] getTopicChoices() {
    return Topic.values();
  }

  public List<String> getTopics() {
    if (topics == null) {
      topics = new ArrayList<>();
      subscriber().ifPresent(s -> s.getTopics().forEach(t -> topics.add(t.slug())));
    }
    return topics;
  }

  public void setTopics(List<String> topics) {
    this.topics = topics == null ? new ArrayList<>() : topics;
  }

  public String save() {
    try {
      subscriptions.choose(getLink(), getTopics());
      Messages.infoAfterRedirect("Your topics are saved.");
      return again();
    } catch (InvalidInputException e) {
      Messages.problems("preferences", e);
      return null;
    }
  }

  public String unsubscribe() {
    if (!subscriptions.unsubscribe(getLink())) {
      subscriber = Optional.empty();
      return null;
    }
    Messages.infoAfterRedirect(
        "You are unsubscribed: no more newsletters will be sent to this address.");
    return again();
  }

  /** Removes everything held about the subscriber; the address stays suppressed by its code. */
  public String erase() {
    if (!removal.eraseByLink(getLink())) {
      subscriber = Optional.empty();
      return null;
    }
    Messages.infoAfterRedirect(
        "Your subscription and everything we held about it are removed. We keep only a one-way"
            + " code of the address, so that no list can subscribe it again without you.");
    return "/newsletter/index.xhtml?faces-redirect=true";
  }

  private String again() {
    return "/newsletter/preferences.xhtml?faces-redirect=true&link="
        + URLEncoder.encode(getLink(), StandardCharsets.UTF_8);
  }

  private Optional<Subscriber> subscriber() {
    if (subscriber == null) {
      subscriber = subscriptions.byLink(getLink());
    }
    return subscriber;
  }
}
