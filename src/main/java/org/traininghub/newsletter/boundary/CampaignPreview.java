package org.traininghub.newsletter.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.traininghub.mail.control.Mail;
import org.traininghub.mail.control.MailPreview;
import org.traininghub.newsletter.entity.NewsletterCampaign;
import org.traininghub.platform.web.NotFound;

/**
 * A campaign's preview for admins ({@code admin/newsletter/preview.xhtml?id=}): as the archive's
 * web page shows it, and as a recipient's email (subject, plain text and HTML in a sandboxed
 * frame).
 */
@Named
@RequestScoped
public class CampaignPreview {

  @Inject CampaignDesk desk;

  private Long id;
  private NewsletterCampaign campaign;
  private Mail mail;

  public void load() throws IOException {
    campaign = id == null ? null : desk.find(id).orElse(null);
    if (campaign == null) {
      NotFound.answer("No such campaign");
      return;
    }
    mail = desk.preview(id);
  }

  public NewsletterCampaign getCampaign() {
    return campaign;
  }

  public Mail getMail() {
    return mail;
  }

  public List<MailPreview.Segment> getTextSegments() {
    return MailPreview.segments(mail.text());
  }

  public String getHtmlPreview() {
    return MailPreview.html(mail.html());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
