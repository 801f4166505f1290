package org.traininghub.newsletter.control;

import java.util.Map;
import org.traininghub.mail.boundary.CampaignDraft;
import org.traininghub.newsletter.entity.NewsletterCampaign;

/**
 * A newsletter as the mail component stores it: the admin's subject, HTML and text written as they
 * are (no tag in them is read), then each recipient's own footer (preferences and unsubscribe
 * links) and the RFC 8058 one-click unsubscribe headers. Each recipient's row holds only {@link
 * #PREFERENCES} and {@link #UNSUBSCRIBE}.
 */
public final class CampaignWording {

  /** The recipients' values. */
  public static final String PREFERENCES = "preferencesLink";

  public static final String UNSUBSCRIBE = "unsubscribeLink";

  private static final String HTML_FOOTER =
      "<hr><p style=\"font-size:13px;color:#505a5f\">You get this newsletter because you asked"
          + " for it. <a href=\"{{preferencesLink}}\">Choose your topics</a> or"
          + " <a href=\"{{unsubscribeLink}}\">unsubscribe</a> in one click.</p>";

  private static final String TEXT_FOOTER =
      "\n\n--\nYou get this newsletter because you asked for it.\n"
          + "Choose your topics: {{preferencesLink}}\n"
          + "Unsubscribe: {{unsubscribeLink}}\n";

  private CampaignWording() {}

  /** The campaign's stored wording. */
  public static CampaignDraft of(NewsletterCampaign campaign) {
    return CampaignDraft.of(
            CampaignDraft.literal(campaign.getSubject()),
            CampaignDraft.literal(campaign.getBodyText()) + TEXT_FOOTER,
            CampaignDraft.literal(campaign.getBodyHtml()) + HTML_FOOTER)
        .header("List-Unsubscribe", "<{{unsubscribeLink}}>")
        .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
  }

  /** A recipient's values. */
  public static Map<String, String> values(String preferencesLink, String unsubscribeLink) {
    return Map.of(PREFERENCES, preferencesLink, UNSUBSCRIBE, unsubscribeLink);
  }
}
