package org.traininghub.records.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.traininghub.accounts.entity.Account;
import org.traininghub.mail.boundary.MailRequest;
import org.traininghub.mail.boundary.Outbox;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.records.entity.Completion;
import org.traininghub.records.entity.Requirement;

/**
 * The coach's mail about a reviewer's decision on an entry of their record, queued in the
 * decision's transaction (so the decision and its mail are saved together or not at all). Keys name
 * the entry, and an entry is decided once, so a decision mails once.
 */
@Dependent
public class VerificationMail {

  @Inject Outbox outbox;

  @Inject HubSettings hub;

  /** The entry was verified. */
  public void verified(Completion completion, Account coach, Requirement requirement) {
    outbox.enqueue(
        MailRequest.of(
                "completion:" + completion.getId() + ":verified",
                coach.getEmail(),
                "completion-verified",
                values(completion, coach, requirement))
            .account(coach.getId()));
  }

  /** The entry was not accepted, for {@code reason}. */
  public void rejected(
      Completion completion, Account coach, Requirement requirement, String reason) {
    Map<String, Object> values = values(completion, coach, requirement);
    values.put("reason", reason);
    outbox.enqueue(
        MailRequest.of(
                "completion:" + completion.getId() + ":rejected",
                coach.getEmail(),
                "completion-rejected",
                values)
            .account(coach.getId()));
  }

  private Map<String, Object> values(
      Completion completion, Account coach, Requirement requirement) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", coach.getDisplayName());
    values.put("requirement", requirement.getCode() + " " + requirement.getTitle());
    values.put("completedOn", BritishDates.format(completion.getCompletedOn()));
    values.put("recordUrl", hub.absolute("/records/"));
    return values;
  }
}
