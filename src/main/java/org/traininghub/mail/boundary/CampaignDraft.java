package org.traininghub.mail.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.traininghub.mail.control.Header;
import org.traininghub.mail.control.MustacheLiteral;

/**
 * A bulk mail's wording, to {@link Campaigns#create}: Mustache templates for the subject, the plain
 * text and the HTML body (set in the portal's mail layout), and headers whose values may use the
 * recipients' values too (e.g. {@code List-Unsubscribe: <{{unsubscribeUrl}}>}).
 */
public final class CampaignDraft {

  private final String subject;
  private final String text;
  private final String html;
  private final List<Header> headers = new ArrayList<>();

  private CampaignDraft(String subject, String text, String html) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.text = Objects.requireNonNull(text, "text");
    this.html = Objects.requireNonNull(html, "html");
    if (subject.isBlank() || subject.length() > 200) {
      throw new IllegalArgumentException("A campaign's subject takes 1 to 200 characters");
    }
  }

  public static CampaignDraft of(String subject, String text, String html) {
    return new CampaignDraft(subject, text, html);
  }

  /**
   * {@code text} as a piece of a template that is written as it is: no tag in it is read (for the
   * wording an admin wrote).
   */
  public static String literal(String text) {
    return MustacheLiteral.of(text);
  }

  public CampaignDraft header(String name, String value) {
    headers.add(new Header(name, value));
    return this;
  }

  String subject() {
    return subject;
  }

  String text() {
    return text;
  }

  String html() {
    return html;
  }

  List<Header> headers() {
    return headers;
  }
}
