package org.traininghub.newsletter.entity;

/** How the hub learnt of a bounce. */
public enum BounceSource {
  /** The SMTP server refused the recipient while the hub sent. */
  SMTP,
  /** A delivery status notification (RFC 3464) in the bounce mailbox. */
  DSN,
  /** A complaint (RFC 5965 feedback report) in the bounce mailbox. */
  ARF
}
