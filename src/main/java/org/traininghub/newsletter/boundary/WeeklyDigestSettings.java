package org.traininghub.newsletter.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.traininghub.newsletter.control.WeeklyDigests;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.web.Messages;

/**
 * The weekly digest section of the admins' newsletter page ({@code admin/newsletter/}): each
 * topic's digest, on or off, when the last one went, and a button that turns it the other way.
 */
@Named
@RequestScoped
public class WeeklyDigestSettings {

  @Inject CampaignDesk desk;

  private List<WeeklyDigests.TopicDigest> topics;

  public List<WeeklyDigests.TopicDigest> getTopics() {
    if (topics == null) {
      topics = desk.weeklyDigests();
    }
    return topics;
  }

  public String turn(Topic topic, boolean on) {
    desk.turnWeeklyDigest(topic, on);
    Messages.infoAfterRedirect(
        on
            ? "The weekly digest of "
                + topic.label()
                + " is on: it goes each Monday when something is new."
            : "The weekly digest of " + topic.label() + " is off.");
    return "/admin/newsletter/index.xhtml?faces-redirect=true";
  }
}
