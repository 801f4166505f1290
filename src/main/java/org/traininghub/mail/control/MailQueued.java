package org.traininghub.mail.control;

/** A mail was queued; once its transaction commits the dispatcher is woken to send it at once. */
public record MailQueued(String key) {}
