package org.traininghub.newsletter.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.traininghub.newsletter.control.SubscriberLinks;
import org.traininghub.newsletter.entity.Subscriber;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/**
 * The page of the emailed confirmation link ({@code newsletter/confirm}). Opening it changes
 * nothing (a mail scanner may open it); the button confirms. A link used or expired shows why.
 */
@Named
@RequestScoped
public class ConfirmationPage {

  @Inject Subscriptions subscriptions;

  @Inject SubscriberLinks links;

  private String refusal;
  private boolean checked;

  public String getToken() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get("token");
  }

  /** Why the link cannot be used, or null when it can. */
  public String getRefusal() {
    if (!checked) {
      refusal = subscriptions.confirmationRefusal(getToken());
      checked = true;
    }
    return refusal;
  }

  public String confirm() {
    try {
      Subscriber subscriber = subscriptions.confirm(getToken());
      Messages.infoAfterRedirect(
          "Your subscription is confirmed. A welcome email is on its way; this page, linked from"
              + " every newsletter, is where you change your topics or unsubscribe.");
      return "/newsletter/preferences.xhtml?faces-redirect=true&link="
          + URLEncoder.encode(links.value(subscriber), StandardCharsets.UTF_8);
    } catch (InvalidInputException e) {
      refusal = e.problems().get(0).message();
      checked = true;
      return null;
    }
  }
}
