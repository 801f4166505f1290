package org.traininghub.mail.boundary;

import java.util.Map;
import java.util.Objects;

/**
 * One recipient of a campaign: the address, the account when there is one (so export and erasure
 * find the mail), and the few values the campaign's templates use for them.
 */
public record CampaignRecipient(String email, Long accountId, Map<String, String> values) {

  public CampaignRecipient {
    Objects.requireNonNull(email, "email");
    values = Map.copyOf(values);
  }
}
