package org.traininghub.accounts.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.traininghub.accounts.entity.Account;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.platform.mail.Outbox;

/**
 * Sends someone a single-use link: issues the token and queues the mail that carries it, in the
 * caller's transaction, under the key {@code purpose:account:token} (so the same link is never
 * mailed twice).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LinkMail {

  @Inject AccountTokens tokens;

  @Inject Outbox outbox;

  @Inject HubSettings hub;

  /**
   * @param newEmail the address a {@link Purpose#EMAIL} link confirms (and is sent to); else null
   * @param path the page the link opens, e.g. {@code /access/verify.xhtml}
   * @param values the template's values besides {@code name} and {@code link}
   */
  public void send(
      Account account,
      Purpose purpose,
      String newEmail,
      String template,
      String path,
      Map<String, String> values) {
    AccountTokens.Issued token = tokens.issue(account, purpose, newEmail);
    Map<String, String> all = new HashMap<>(values);
    all.putIfAbsent("name", account.getDisplayName());
    all.put("link", hub.absolute(path + "?token=" + token.secret()));
    outbox.enqueue(
        account.getId(),
        purpose.name().toLowerCase() + ":" + account.getId() + ":" + token.id(),
        newEmail == null ? account.getEmail() : newEmail,
        template,
        all);
  }
}
