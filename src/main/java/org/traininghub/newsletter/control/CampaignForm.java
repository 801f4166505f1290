package org.traininghub.newsletter.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.traininghub.events.control.DescriptionPolicy;
import org.traininghub.events.control.LondonTime;
import org.traininghub.mail.boundary.CampaignDraft;
import org.traininghub.newsletter.entity.NewsletterCampaign;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.Problem;

/**
 * A campaign as the compose form holds it. {@link #wording(List)} checks it and answers it cleaned:
 * the HTML through the sanitiser the event descriptions use (script and the like refused with a
 * message, the editor's leftovers dropped), the plain text made from the HTML when left empty.
 * {@link #sendAt(List, Instant)} reads the schedule, typed in London time.
 */
public class CampaignForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Leaves room in the stored subject for what keeps {@code {{} from being read as a tag. */
  public static final int SUBJECT_MAX = 150;

  public static final int BODY_MAX = 200_000;

  /** The audience "any role, or no account". */
  public static final String ANY_ROLE = "";

  private String subject;
  private String bodyHtml;
  private String bodyText;
  private List<String> topics = new ArrayList<>();
  private String role = ANY_ROLE;
  private String sendDate;
  private String sendTime;

  /**
   * The plain text as made from the saved HTML: while the admin leaves it so, it follows the HTML.
   */
  private String madeText = "";

  /** The cleaned wording, or null when there were problems (added to {@code problems}). */
  public record Wording(String subject, String html, String text, Set<Topic> topics, Role role) {}

  public static CampaignForm of(NewsletterCampaign campaign) {
    CampaignForm form = new CampaignForm();
    form.subject = campaign.getSubject();
    form.bodyHtml = campaign.getBodyHtml();
    form.bodyText = campaign.getBodyText();
    form.madeFrom(campaign.getBodyHtml());
    form.topics = new ArrayList<>(campaign.getTopics().stream().map(Topic::name).toList());
    form.role = campaign.getAudienceRole() == null ? ANY_ROLE : campaign.getAudienceRole().name();
    return form;
  }

  /** Says which saved HTML the plain text was made from (see {@link #wording}). */
  void madeFrom(String savedHtml) {
    madeText = HtmlText.of(savedHtml);
  }

  public Wording wording(List<Problem> problems) {
    int before = problems.size();
    String s = subject == null ? "" : subject.strip();
    if (s.isEmpty()) {
      problems.add(new Problem("subject", "Enter a subject: it is the first thing people see"));
    } else if (s.length() > SUBJECT_MAX || CampaignDraft.literal(s).length() > 200) {
      problems.add(
          new Problem(
              "subject",
              "Shorten the subject to " + SUBJECT_MAX + " characters (it has " + s.length() + ")"));
    }
    DescriptionPolicy.Cleaned html = DescriptionPolicy.clean(bodyHtml);
    if (html.isRefused()) {
      problems.add(
          new Problem(
              "bodyHtml",
              "The message contains code that is not allowed ("
                  + String.join(", ", html.refused())
                  + "): remove it and use the editor's buttons for formatting"));
    } else if (html.html().isEmpty()) {
      problems.add(new Problem("bodyHtml", "Write the message: it is empty"));
    } else if (html.html().length() > BODY_MAX) {
      problems.add(new Problem("bodyHtml", "Shorten the message: it is over 200,000 characters"));
    }
    boolean made =
        bodyText == null
            || bodyText.isBlank()
            || bodyText.replace("\r\n", "\n").strip().equals(madeText.strip());
    String text = made ? HtmlText.of(html.html()) : bodyText;
    text = text.replace("\r\n", "\n").strip();
    if (text.length() > BODY_MAX) {
      problems.add(
          new Problem("bodyText", "Shorten the plain text: it is over 200,000 characters"));
    }
    Set<Topic> chosen = EnumSet.noneOf(Topic.class);
    for (String t : topics == null ? List.<String>of() : topics) {
      for (Topic topic : Topic.values()) {
        if (topic.name().equals(t)) {
          chosen.add(topic);
        }
      }
    }
    if (chosen.isEmpty()) {
      problems.add(
          new Problem(
              "topics", "Choose at least one topic: the newsletter goes to its subscribers"));
    }
    Role audience = null;
    if (role != null && !role.isEmpty()) {
      for (Role r : Role.values()) {
        if (r.name().equals(role)) {
          audience = r;
        }
      }
      if (audience == null) {
        problems.add(new Problem("role", "Choose one of the roles listed, or any role"));
      }
    }
    return problems.size() > before ? null : new Wording(s, html.html(), text, chosen, audience);
  }

  /** The schedule's instant, which must be after {@code now}; null with a problem otherwise. */
  public Instant sendAt(List<Problem> problems, Instant now) {
    LocalDate date = null;
    try {
      date = sendDate == null || sendDate.isBlank() ? null : LocalDate.parse(sendDate.strip());
    } catch (DateTimeParseException e) {
      // reported below
    }
    if (date == null) {
      problems.add(new Problem("sendDate", "Enter the date to send it, like 2027-03-14"));
      return null;
    }
    LocalTime time = LondonTime.parseTime(sendTime).orElse(null);
    if (time == null) {
      problems.add(new Problem("sendTime", "Enter the time to send it (UK time), like 09:30"));
      return null;
    }
    Instant at = LondonTime.instant("sendTime", date, time, problems);
    if (at != null && !at.isAfter(now)) {
      problems.add(
          new Problem(
              "sendDate", "Choose a time in the future, or use Send now to send it at once"));
      return null;
    }
    return at;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public void setBodyHtml(String bodyHtml) {
    this.bodyHtml = bodyHtml;
  }

  public String getBodyText() {
    return bodyText;
  }

  public void setBodyText(String bodyText) {
    this.bodyText = bodyText;
  }

  public List<String> getTopics() {
    return topics;
  }

  public void setTopics(List<String> topics) {
    this.topics = topics;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getSendDate() {
    return sendDate;
  }

  public void setSendDate(String sendDate) {
    this.sendDate = sendDate;
  }

  public String getSendTime() {
    return sendTime;
  }

  public void setSendTime(String sendTime) {
    this.sendTime = sendTime;
  }
}
