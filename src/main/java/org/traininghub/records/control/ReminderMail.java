package org.traininghub.records.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.traininghub.mail.boundary.MailRequest;
import org.traininghub.mail.boundary.Outbox;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.records.control.ReminderRules.Due;
import org.traininghub.records.entity.ReminderKind;

/**
 * The coach's reminder about their record: one mail listing the reminders a run claimed for them,
 * queued in the claims' transaction (saved together or not at all). Its key names the first claim,
 * and a claim is made once, so the key is unique for ever.
 */
@Dependent
public class ReminderMail {

  @Inject Outbox outbox;

  @Inject HubSettings hub;

  /**
   * Queues the reminder of {@code claimed} (not empty) to coach {@code coachId}; {@code titles}
   * names each requirement by its code, {@code months} is the setting the mandatory ones follow.
   */
  public void send(
      long coachId,
      String name,
      String email,
      List<Due> claimed,
      Map<String, String> titles,
      int months) {
    Due first = claimed.get(0);
    Map<String, Object> values = values(name, claimed, titles, months, hub.absolute("/records/"));
    outbox.enqueue(
        MailRequest.of(
                "record-reminder:"
                    + coachId
                    + ":"
                    + first.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + ":"
                    + first.requirementId()
                    + ":"
                    + first.period(),
                email,
                "record-reminder",
                values)
            .account(coachId));
  }

  /** The template's values for {@code claimed}. */
  static Map<String, Object> values(
      String name, List<Due> claimed, Map<String, String> titles, int months, String recordUrl) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", name);
    values.put("count", claimed.size() == 1 ? "1 thing" : claimed.size() + " things");
    values.put("supervision", claimed.stream().anyMatch(d -> d.kind() == ReminderKind.SUPERVISION));
    values.put("mandatory", claimed.stream().anyMatch(d -> d.kind() == ReminderKind.MANDATORY));
    values.put("months", String.valueOf(months));
    values.put(
        "items",
        claimed.stream()
            .map(
                d ->
                    Map.of(
                        "requirement",
                        d.code() + " " + titles.getOrDefault(d.code(), ""),
                        "detail",
                        d.detail()))
            .toList());
    values.put("recordUrl", recordUrl);
    return values;
  }
}
