package org.traininghub.mail.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.traininghub.platform.security.Digests;

/**
 * The outbox rows of a campaign's recipients, written many to a statement: each row holds the
 * address, the account, the recipient's values as JSON and what every outbox row needs (key,
 * Message-ID, state), never a body.
 */
public final class RecipientRows {

  /** Rows per INSERT statement. */
  public static final int CHUNK = 500;

  private static final String COLUMNS =
      "INSERT INTO mail_outbox (idempotency_key, message_id, recipient, lane, status, attempts,"
          + " next_attempt_at, created_at, account_id, campaign_id, merge_values) VALUES ";
  private static final int PARAMETERS = 8;

  /** One recipient as stored. */
  public record Row(String email, Long accountId, String mergeValues) {}

  /** A statement with numbered parameters ({@code ?1}) and their values in order. */
  public record Statement(String sql, List<Object> parameters) {}

  private RecipientRows() {}

  /** The key of a campaign's mail to one address: one mail per address and campaign. */
  public static String key(long campaignId, String email) {
    return "campaign:"
        + campaignId
        + ":"
        + Digests.sha256Hex(email.strip().toLowerCase(Locale.ROOT)).substring(0, 32);
  }

  /** The INSERT for up to {@link #CHUNK} rows; an address already queued is left as it is. */
  public static Statement insert(
      long campaignId, List<Row> rows, LocalDateTime now, String domain) {
    StringBuilder sql = new StringBuilder(COLUMNS);
    List<Object> parameters = new ArrayList<>(rows.size() * PARAMETERS);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      int p = i * PARAMETERS;
      sql.append(i == 0 ? "" : ", ")
          .append("(?")
          .append(p + 1)
          .append(", ?")
          .append(p + 2)
          .append(", ?")
          .append(p + 3)
          .append(", 'BULK', 'PENDING', 0, ?")
          .append(p + 4)
          .append(", ?")
          .append(p + 5)
          .append(", ?")
          .append(p + 6)
          .append(", ?")
          .append(p + 7)
          .append(", ?")
          .append(p + 8)
          .append(')');
      String key = key(campaignId, row.email());
      parameters.add(key);
      parameters.add(MessageId.of(key, domain));
      parameters.add(row.email().strip());
      parameters.add(now);
      parameters.add(now);
      parameters.add(row.accountId());
      parameters.add(campaignId);
      parameters.add(row.mergeValues());
    }
    sql.append(" ON DUPLICATE KEY UPDATE id = id");
    return new Statement(sql.toString(), parameters);
  }
}
