package org.traininghub.mail.boundary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.traininghub.mail.control.Header;
import org.traininghub.mail.control.Part;
import org.traininghub.mail.entity.Lane;
import org.traininghub.mail.entity.PartKind;

/**
 * One mail to queue with {@link Outbox#enqueue(MailRequest)}: a template and its values for one
 * recipient, under a key unique for ever, with optional headers, parts, account and lane.
 *
 * <pre>{@code
 * outbox.enqueue(
 *     MailRequest.of("booking:42:7", email, "booking-confirmed", values)
 *         .account(accountId)
 *         .header("Auto-Submitted", "auto-generated")
 *         .calendar(ics)
 *         .attach("programme.pdf", "application/pdf", pdf));
 * }</pre>
 */
public final class MailRequest {

  private final String key;
  private final String recipient;
  private final String template;
  private final Map<String, Object> values;
  private final List<Header> headers = new ArrayList<>();
  private final List<Part> parts = new ArrayList<>();
  private Long accountId;
  private Lane lane = Lane.TRANSACTIONAL;

  private MailRequest(String key, String recipient, String template, Map<String, ?> values) {
    this.key = Objects.requireNonNull(key, "key");
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.template = Objects.requireNonNull(template, "template");
    this.values = new LinkedHashMap<>(values);
  }

  /**
   * @param key what the mail is about, unique for ever (e.g. {@code verify:42:7}): a second mail
   *     with the same key is not queued
   * @param template the name of the files in {@code src/main/resources/mail}
   * @param values the template's values: strings, booleans, lists of maps for loops
   */
  public static MailRequest of(
      String key, String recipient, String template, Map<String, ?> values) {
    return new MailRequest(key, recipient, template, values);
  }

  /** The account the mail belongs to: exported and deleted with it, whatever address it went to. */
  public MailRequest account(Long accountId) {
    this.accountId = accountId;
    return this;
  }

  public MailRequest lane(Lane lane) {
    this.lane = Objects.requireNonNull(lane, "lane");
    return this;
  }

  /** An extra header, e.g. {@code List-Unsubscribe}; refused if it is one the mailer sets. */
  public MailRequest header(String name, String value) {
    headers.add(new Header(name, value));
    return this;
  }

  /** A file attached to the mail. */
  public MailRequest attach(String fileName, String contentType, byte[] content) {
    parts.add(new Part(PartKind.ATTACHMENT, fileName, contentType, content));
    return this;
  }

  /**
   * An iCalendar invitation ({@code METHOD:REQUEST}) that mail programs show with Accept and
   * Decline: a {@code text/calendar; method=REQUEST} alternative to the text and HTML, and the same
   * as an {@code invite.ics} attachment for programs that show only attachments.
   */
  public MailRequest calendar(String ics) {
    byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
    parts.add(new Part(PartKind.ALTERNATIVE, null, Part.CALENDAR_REQUEST, bytes));
    parts.add(new Part(PartKind.ATTACHMENT, "invite.ics", Part.CALENDAR_REQUEST, bytes));
    return this;
  }

  /**
   * The cancellation of an invitation sent before ({@code METHOD:CANCEL}, same {@code UID}, higher
   * {@code SEQUENCE}): a {@code text/calendar; method=CANCEL} alternative, and {@code cancel.ics}.
   */
  public MailRequest calendarCancel(String ics) {
    byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
    parts.add(new Part(PartKind.ALTERNATIVE, null, Part.CALENDAR_CANCEL, bytes));
    parts.add(new Part(PartKind.ATTACHMENT, "cancel.ics", Part.CALENDAR_CANCEL, bytes));
    return this;
  }

  String key() {
    return key;
  }

  String recipient() {
    return recipient;
  }

  String template() {
    return template;
  }

  Map<String, Object> values() {
    return values;
  }

  List<Header> headers() {
    return headers;
  }

  List<Part> parts() {
    return parts;
  }

  Long accountId() {
    return accountId;
  }

  Lane lane() {
    return lane;
  }
}
