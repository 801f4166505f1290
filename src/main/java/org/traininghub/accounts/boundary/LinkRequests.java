package org.traininghub.accounts.boundary;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import org.traininghub.accounts.control.AccountLookup;
import org.traininghub.accounts.control.LinkMail;
import org.traininghub.accounts.entity.AccountStatus;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.platform.audit.AuditLog;

/**
 * The work behind "forgot password" and "resend confirmation", done after the answer has gone: the
 * request thread only hands the address over, so the answer takes as long whether or not the
 * address has an account (looking it up, issuing a link and queueing its mail would otherwise make
 * a known address measurably slower). Each runs in a transaction of its own on the container's
 * asynchronous-EJB threads; a request lost to a crash is simply asked again.
 */
@Stateless
public class LinkRequests {

  @Inject Accounts accounts;

  @Inject AccountLookup lookup;

  @Inject LinkMail links;

  @Inject AuditLog audit;

  /** Sends a fresh verification link if the address has an unverified account. */
  @Asynchronous
  public void resendVerification(String email) {
    lookup
        .byEmail(email)
        .filter(a -> a.getStatus() == AccountStatus.UNVERIFIED)
        .ifPresent(accounts::sendVerification);
  }

  /** Mails a reset link if the address has an account (that has not been sent too many). */
  @Asynchronous
  public void passwordReset(String email) {
    lookup
        .byEmail(email)
        .filter(a -> a.getStatus() != AccountStatus.INVITED)
        .filter(
            account ->
                links.send(
                    account,
                    Purpose.RESET,
                    null,
                    "password-reset",
                    "/access/reset-password.xhtml",
                    Map.of("minutes", Long.toString(Purpose.RESET.lifetime().toMinutes()))))
        .ifPresent(
            account ->
                audit.recordAs(
                    account.getId(), "Password reset asked", "Account " + account.getId()));
  }
}
