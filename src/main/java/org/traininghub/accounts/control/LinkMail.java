package org.traininghub.accounts.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.mail.boundary.Outbox;
import org.traininghub.platform.config.HubSettings;

/**
 * Sends someone a single-use link: issues the token and queues the mail that carries it, in the
 * caller's transaction, under the key {@code purpose:account:token} (so the same link is never
 * mailed twice). An address is sent at most {@link #LINKS_PER_HOUR} links of one kind an hour,
 * whichever account or form asks, so no form can flood an inbox.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LinkMail {

  @Inject AccountTokens tokens;

  @Inject Outbox outbox;

  @Inject HubSettings hub;

  @Inject Clock clock;

  /** Links of one kind an address is sent per hour, at most. */
  public static final int LINKS_PER_HOUR = 3;

  /**
   * @param newEmail the address a {@link Purpose#EMAIL} link confirms (and is sent to); else null
   * @param path the page the link opens, e.g. {@code /access/verify.xhtml}
   * @param values the template's values besides {@code name} and {@code link}
   * @return false, having sent nothing, when the address has had its allowance of these links
   */
  public boolean send(
      Account account,
      Purpose purpose,
      String newEmail,
      String template,
      String path,
      Map<String, String> values) {
    String recipient = newEmail == null ? account.getEmail() : newEmail;
    Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
    tokens.lock(account);
    if (tokens.sentToSince(recipient, purpose, hourAgo) >= LINKS_PER_HOUR) {
      return false;
    }
    AccountTokens.Issued token = tokens.issue(account, purpose, newEmail);
    Map<String, String> all = new HashMap<>(values);
    all.putIfAbsent("name", account.getDisplayName());
    all.put("link", hub.absolute(path + "?token=" + token.secret()));
    outbox.enqueue(
        account.getId(),
        purpose.name().toLowerCase() + ":" + account.getId() + ":" + token.id(),
        recipient,
        template,
        all);
    return true;
  }
}
