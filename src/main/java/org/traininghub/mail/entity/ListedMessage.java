package org.traininghub.mail.entity;

import java.time.Instant;

/**
 * A message as the admins' outbox list shows it ({@link OutboxMessage#LISTED}): what the list needs
 * and nothing more, not the bodies, which can be large. A campaign recipient's subject is the
 * campaign's.
 */
public record ListedMessage(
    Long id,
    Instant createdAt,
    String recipient,
    String subject,
    MailStatus status,
    int attempts,
    Instant nextAttemptAt) {}
