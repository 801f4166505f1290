package org.traininghub.mail.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.traininghub.mail.control.Header;
import org.traininghub.mail.control.Mail;
import org.traininghub.mail.control.MailPreview;
import org.traininghub.mail.control.SmtpMailer;
import org.traininghub.mail.entity.ListedMessage;
import org.traininghub.mail.entity.MailAttachment;
import org.traininghub.mail.entity.MailStatus;
import org.traininghub.mail.entity.OutboxMessage;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.web.Messages;

/**
 * The admins' outbox pages: the list ({@code ?status=&page=}) and one message as sent ({@code
 * ?id=}), from which a dead message can be retried.
 */
@Named
@RequestScoped
public class OutboxView {

  @Inject Outbox outbox;

  @Inject SmtpMailer mailer;

  private MailStatus status;
  private Page<ListedMessage> messages = Page.empty(Outbox.PAGE_SIZE);
  private OutboxMessage message;
  private boolean messageLoaded;
  private Mail rendered;

  public void loadList() {
    Map<String, String> params = params();
    String wanted = params.get("status");
    status =
        Arrays.stream(MailStatus.values())
            .filter(s -> s.name().equalsIgnoreCase(wanted))
            .findFirst()
            .orElse(null);
    String p = params.get("page");
    int page = p != null && p.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(p)) : 1;
    messages = outbox.list(status, page);
  }

  /**
   * The message of {@code ?id=}, loaded when first asked for (the retry form needs it while the
   * request is decoded). Opening it is audited; sending its retry form is not a second read.
   */
  public OutboxMessage getMessage() {
    if (!messageLoaded) {
      messageLoaded = true;
      String id = params().get("id");
      if (id != null && id.matches("\\d{1,18}")) {
        long messageId = Long.parseLong(id);
        boolean postback = FacesContext.getCurrentInstance().isPostback();
        message = (postback ? outbox.find(messageId) : outbox.read(messageId)).orElse(null);
      }
    }
    return message;
  }

  /** Opens the message of {@code ?id=}; answers 404 when there is none. */
  public void loadMessage() throws java.io.IOException {
    if (getMessage() == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "There is no such message in the outbox");
      faces.responseComplete();
    }
  }

  /**
   * The message as it is sent: stored in full, or a campaign recipient's rendered from the campaign
   * with their values.
   */
  public Mail getRendered() {
    if (rendered == null && getMessage() != null) {
      rendered = outbox.rendered(getMessage());
    }
    return rendered;
  }

  /** The message's plain text, its web addresses apart so the page can link them. */
  public List<MailPreview.Segment> getTextSegments() {
    return getRendered() == null ? List.of() : MailPreview.segments(getRendered().text());
  }

  /** The message's HTML for the preview frame, its links opening in a new tab. */
  public String getHtmlPreview() {
    return getRendered() == null ? "" : MailPreview.html(getRendered().html());
  }

  /** The extra headers it is sent with. */
  public List<Header> getHeaders() {
    return getRendered() == null ? List.of() : getRendered().headers();
  }

  /** The text of a stored part to show (an iCalendar invitation), or null for a binary file. */
  public String partText(MailAttachment part) {
    return part.getContentType().toLowerCase(Locale.ROOT).startsWith("text/")
        ? new String(part.getContent(), StandardCharsets.UTF_8)
        : null;
  }

  public String retry() {
    OutboxMessage shown = getMessage();
    if (shown != null && outbox.retry(shown.getId())) {
      Messages.infoAfterRedirect("The message will be sent again.");
    } else {
      Messages.infoAfterRedirect("The message was not dead (any more): nothing changed.");
    }
    return "/admin/mail/message.xhtml?faces-redirect=true&id="
        + (shown == null ? "" : shown.getId());
  }

  private static Map<String, String> params() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
  }

  public MailStatus[] getStatuses() {
    return MailStatus.values();
  }

  public MailStatus getStatus() {
    return status;
  }

  public List<ListedMessage> getMessages() {
    return messages.items();
  }

  public long getCount() {
    return messages.total();
  }

  public int getPage() {
    return messages.page();
  }

  public boolean isOlder() {
    return messages.hasNext();
  }

  public boolean isNewer() {
    return messages.hasPrevious();
  }

  /** Whether mail leaves the portal at all; without SMTP it stays here to be read. */
  public boolean isSending() {
    return mailer.isConfigured();
  }

  /** The query string for another page of the same filter. */
  public String pageLink(int target) {
    return "?page=" + target + (status == null ? "" : "&status=" + status.name());
  }
}
