package org.traininghub.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.traininghub.mail.entity.MailRefused;
import org.traininghub.newsletter.entity.BounceKind;
import org.traininghub.newsletter.entity.BounceSource;

/**
 * A recipient the SMTP server refused for good while the outbox sent is a hard bounce: recorded
 * against the subscriber of that address, which is suppressed. In a transaction of its own, so that
 * the dispatcher's batch goes on whatever happens here.
 */
@ApplicationScoped
public class SendTimeBounces {

  @Inject Bounces bounces;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void on(@Observes MailRefused refused) {
    bounces.record(refused.recipient(), BounceKind.HARD, BounceSource.SMTP, refused.reply());
  }
}
