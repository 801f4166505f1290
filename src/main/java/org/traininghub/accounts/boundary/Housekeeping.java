package org.traininghub.accounts.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.platform.mail.Outbox;
import org.traininghub.platform.retention.RetentionJob;

/**
 * Sent mail is deleted {@code hub.mail.keep-days} after it was sent.
 *
 * <p>TODO(integrator, mail component): this is the mail component's retention job, left here
 * because the mail package is moving to {@code org.traininghub.mail}; move it there as {@code
 * mail.boundary.MailRetention} (unchanged: a {@link RetentionJob} calling {@code
 * Outbox.forgetSentBefore}). Accounts' own retention is {@link AccountRetention}; audit's is {@code
 * platform.audit.AuditRetention}.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class Housekeeping extends RetentionJob {

  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "hub.mail.keep-days", defaultValue = "90")
  int mailKeepDays;

  @Override
  protected String forgetOld(Instant now) {
    int sent = outbox.forgetSentBefore(now.minus(Duration.ofDays(mailKeepDays)));
    return sent == 0 ? null : sent + " sent mails";
  }
}
