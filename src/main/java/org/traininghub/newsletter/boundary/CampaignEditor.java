package org.traininghub.newsletter.boundary;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.traininghub.events.control.LondonTime;
import org.traininghub.mail.control.Mail;
import org.traininghub.newsletter.control.CampaignCounts;
import org.traininghub.newsletter.control.CampaignForm;
import org.traininghub.newsletter.entity.CampaignStatus;
import org.traininghub.newsletter.entity.NewsletterCampaign;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.Problem;
import org.traininghub.platform.web.Messages;
import org.traininghub.platform.web.NotFound;

/**
 * The compose page of one campaign ({@code admin/newsletter/campaign.xhtml?id=}): a draft's form
 * (every action saves it first, and nothing happens while a field is wrong), then its sending with
 * a progress bar polled every few seconds and the pause, resume and cancel buttons (cancel asks to
 * be confirmed).
 */
@Named
@ViewScoped
public class CampaignEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String SELF = "/admin/newsletter/campaign.xhtml?faces-redirect=true&id=";

  @Inject transient CampaignDesk desk;

  @Inject transient Clock clock;

  private Long requestedId;
  private Long id;
  private int version;
  private CampaignStatus status;
  private Instant scheduledAt;
  private String subject;
  private String bodyHtml;
  private String bodyText;
  private boolean confirmingCancel;
  private String digestDays = "14";
  private CampaignForm form = new CampaignForm();
  private CampaignCounts.Counts counts = CampaignCounts.Counts.NONE;

  /** With {@code ?id=}, that campaign; an unknown id is a 404. Without, a new draft. */
  public void load() throws IOException {
    if (requestedId == null) {
      status = CampaignStatus.DRAFT;
      return;
    }
    Optional<NewsletterCampaign> found = desk.find(requestedId);
    if (found.isEmpty()) {
      NotFound.answer("No such campaign");
      return;
    }
    show(found.get());
    form = CampaignForm.of(found.get());
    if (scheduledAt != null) {
      form.setSendDate(LondonTime.date(scheduledAt).toString());
      form.setSendTime(LondonTime.time(scheduledAt));
    }
  }

  private void show(NewsletterCampaign campaign) {
    id = campaign.getId();
    version = campaign.getVersion();
    status = campaign.getStatus();
    scheduledAt = campaign.getScheduledAt();
    subject = campaign.getSubject();
    bodyHtml = campaign.getBodyHtml();
    bodyText = campaign.getBodyText();
    counts = campaign.getMailCampaignId() == null ? CampaignCounts.Counts.NONE : desk.counts(id);
  }

  /** The poll's refresh of the status and counts. */
  public void refresh() {
    if (id != null) {
      desk.find(id).ifPresent(this::show);
    }
  }

  public String save() {
    if (!saved()) {
      return null;
    }
    Messages.infoAfterRedirect("Saved the draft.");
    return SELF + id;
  }

  /** Saves the form; false (with the problems shown) when it could not be saved. */
  private boolean saved() {
    List<Problem> problems = new ArrayList<>();
    CampaignForm.Wording wording = form.wording(problems);
    if (wording == null) {
      show(problems);
      return false;
    }
    try {
      id = desk.save(id, id == null ? null : version, wording);
      desk.find(id).ifPresent(this::show);
      return true;
    } catch (OptimisticLockException | EJBException e) {
      if (!(e instanceof OptimisticLockException)
          && !(e.getCause() instanceof OptimisticLockException)) {
        throw e;
      }
      Messages.error(
          "Someone else changed this campaign while you were editing it, so your changes were not"
              + " saved. Open it again to see their version.");
      return false;
    }
  }

  /**
   * Adds the digest of {@link #digestDays} to the end of the message being written (not saved yet):
   * events of the coming days and catalogue items of the past ones.
   */
  public void insertDigest() {
    int days;
    try {
      days = Integer.parseInt(digestDays == null ? "" : digestDays.strip());
    } catch (NumberFormatException e) {
      days = 0;
    }
    if (days < 1 || days > 90) {
      Messages.fieldError("digestDays", "Enter a number of days from 1 to 90, like 14");
      return;
    }
    String html = desk.digest(days);
    if (html.isEmpty()) {
      Messages.info(
          "Nothing to add: no event in the next "
              + days
              + " days and no catalogue item added in the last "
              + days
              + ". Try more days.");
      return;
    }
    form.setBodyHtml((form.getBodyHtml() == null ? "" : form.getBodyHtml()) + html);
    Messages.info("Added the digest at the end of the message: save to keep it.");
  }

  public String getDigestDays() {
    return digestDays;
  }

  public void setDigestDays(String digestDays) {
    this.digestDays = digestDays;
  }

  public String sendTest() {
    if (!saved()) {
      return null;
    }
    Messages.infoAfterRedirect(
        "Saved the draft and sent a test to " + desk.sendTest(id) + ": check your inbox.");
    return SELF + id;
  }

  public String sendNow() {
    if (!saved()) {
      return null;
    }
    if (!desk.sendNow(id)) {
      Messages.error("This campaign is no longer a draft: it was not sent again.");
      return null;
    }
    Messages.infoAfterRedirect("Sending started: the progress shows below.");
    return SELF + id;
  }

  public String schedule() {
    List<Problem> problems = new ArrayList<>();
    Instant at = form.sendAt(problems, clock.instant());
    if (at == null) {
      form.wording(problems);
      show(problems);
      return null;
    }
    if (!saved()) {
      return null;
    }
    desk.schedule(id, at);
    Messages.infoAfterRedirect(
        "Scheduled for "
            + LondonTime.date(at)
            + " at "
            + LondonTime.time(at)
            + " (UK time). Until then you can change it or unschedule it.");
    return SELF + id;
  }

  public String unschedule() {
    desk.unschedule(id);
    Messages.infoAfterRedirect("Unscheduled: the campaign is a draft again.");
    return SELF + id;
  }

  public String pause() {
    return moved(desk.pause(id), "Paused: nothing more is sent until you resume.");
  }

  public String resume() {
    return moved(desk.resume(id), "Resumed: what was not sent yet is being sent.");
  }

  public void askToCancel() {
    confirmingCancel = true;
  }

  public void keep() {
    confirmingCancel = false;
  }

  public String cancel() {
    return moved(desk.cancel(id), "Cancelled: what was sent stays sent; nothing more will be.");
  }

  private String moved(boolean done, String message) {
    if (done) {
      Messages.infoAfterRedirect(message);
    } else {
      Messages.infoAfterRedirect("Someone else changed the campaign meanwhile: here it is now.");
    }
    return SELF + id;
  }

  private static void show(List<Problem> problems) {
    Messages.error("Nothing has been done: correct the fields marked below.");
    Messages.problems("campaign", problems);
  }

  public Mail getPreview() {
    return id == null ? null : desk.preview(id);
  }

  public boolean isDraft() {
    return status == CampaignStatus.DRAFT || status == CampaignStatus.SCHEDULED;
  }

  public boolean isCreating() {
    return id == null;
  }

  public Topic[] getTopics() {
    return Topic.values();
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public Long getRequestedId() {
    return requestedId;
  }

  public void setRequestedId(Long requestedId) {
    this.requestedId = requestedId;
  }

  public Long getId() {
    return id;
  }

  public CampaignStatus getStatus() {
    return status;
  }

  public Instant getScheduledAt() {
    return scheduledAt;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public String getBodyText() {
    return bodyText;
  }

  public boolean isConfirmingCancel() {
    return confirmingCancel;
  }

  public CampaignForm getForm() {
    return form;
  }

  public CampaignCounts.Counts getCounts() {
    return counts;
  }
}
