package org.traininghub.mail.entity;

/**
 * Fired (synchronously, after the row is marked dead) when the SMTP server refused a recipient for
 * good: a 5xx reply to {@code RCPT TO}. A component that keeps addresses (the newsletter) observes
 * it to stop mailing a dead address, so the mail component knows none of them. A 4xx (try again
 * later) fires nothing.
 *
 * @param recipient the address refused, as the outbox row had it
 * @param messageId the Message-ID the message was given
 * @param reply what the server said
 */
public record MailRefused(String recipient, String messageId, String reply) {}
