package org.traininghub.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.traininghub.mail.entity.MailCampaign;
import org.traininghub.mail.entity.OutboxMessage;
import org.traininghub.platform.config.HubSettings;

/**
 * The mail templates: the portal's own in {@code src/main/resources/mail}, and each campaign's,
 * compiled once each. Every mail gets {@code hubName} and {@code portalUrl} besides its own values.
 */
@ApplicationScoped
public class MailTemplates {

  private final TemplateCompiler compiler = TemplateCompiler.portal();
  private final Map<String, MailTemplate> named = new ConcurrentHashMap<>();
  private final Map<Long, MailTemplate> campaigns = new ConcurrentHashMap<>();

  @Inject HubSettings hub;

  public Mail render(String name, Map<String, ?> values) {
    return named.computeIfAbsent(name, compiler::named).render(withHub(values));
  }

  /** Compiles a campaign's templates, to refuse one that is not valid before it is stored. */
  public void check(String subject, String text, String html, List<Header> headers) {
    compiler.of("new campaign", subject, text, html, headers);
  }

  /**
   * A campaign's wording as one recipient with {@code values} would get it, for a preview before it
   * is stored.
   */
  public Mail preview(
      String subject, String text, String html, List<Header> headers, Map<String, ?> values) {
    return compiler.of("preview", subject, text, html, headers).render(withHub(values));
  }

  /**
   * The message as it is (or was) sent: stored in full, or rendered from its campaign with the
   * recipient's values, the same on every call.
   */
  public Mail render(OutboxMessage message) {
    MailCampaign campaign = message.getCampaign();
    if (campaign == null) {
      return new Mail(
          message.getSubject(),
          message.getBodyText(),
          message.getBodyHtml(),
          Header.parse(message.getHeaders()));
    }
    MailTemplate template =
        campaigns.computeIfAbsent(
            campaign.getId(),
            id ->
                compiler.of(
                    "campaign " + id,
                    campaign.getSubject(),
                    campaign.getTextTemplate(),
                    campaign.getHtmlTemplate(),
                    Header.parse(campaign.getHeaders())));
    return template.render(withHub(MergeValues.parse(message.getMergeValues())));
  }

  private Map<String, Object> withHub(Map<String, ?> values) {
    Map<String, Object> all = new HashMap<>(values);
    all.putIfAbsent("hubName", hub.getName());
    all.putIfAbsent("portalUrl", hub.getPublicBaseUrl());
    all.put(MustacheLiteral.OPEN, "{{");
    return all;
  }
}
