package org.traininghub.mail.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.platform.retention.RetentionJob;

/**
 * The mail component's retention job: sent mail is deleted {@code hub.mail.keep-days} after it was
 * sent (mail that belongs to an account also goes with the account).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class MailRetention extends RetentionJob {

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
