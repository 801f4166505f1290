package org.traininghub.mail.entity;

/** Where a message is on its way out. */
public enum MailStatus {
  /** Waiting for its first attempt. */
  PENDING,
  /** Claimed by a dispatcher until its lease ends. */
  SENDING,
  /** Accepted by the SMTP server. */
  SENT,
  /** The last attempt failed; another is due at the next attempt time. */
  FAILED,
  /** Every attempt failed, or the address can never work; an admin may retry it. */
  DEAD;

  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
