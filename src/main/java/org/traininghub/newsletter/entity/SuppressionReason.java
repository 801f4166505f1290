package org.traininghub.newsletter.entity;

/** Why an address gets no newsletter. */
public enum SuppressionReason {
  UNSUBSCRIBED,
  BOUNCED,
  COMPLAINED
}
