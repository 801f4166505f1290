package org.traininghub.mail.entity;

/**
 * Which queue a message waits in. The dispatcher claims every due transactional message before any
 * bulk one, so a password reset never waits behind a newsletter.
 */
public enum Lane {
  /** Mail a person is waiting for: links, confirmations, notices about their account. */
  TRANSACTIONAL,
  /** Mail sent to many at once (campaigns, digests): sent when no transactional mail is due. */
  BULK
}
